// Mamori's only script besides htmx: every htmx request carries the CSRF token of the page, uploads
// show their progress, and a button with data-confirm asks before it submits. (No inline scripts: the CSP allows none.)
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Upload progress: a <progress> inside the form that is uploading.
  document.body.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form') : null;
    var bar = form ? form.querySelector('progress') : null;
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
    }
  });
  document.body.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
});
