package dev.mamori.web.internal;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.access.PublicEndpoint;
import dev.mamori.common.DomainException;
import dev.mamori.common.NotFoundException;
import dev.mamori.web.Problems;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every error no controller answered: a problem detail
 * for {@code /api/**}, a page in the user's language for everything else.
 */
@Controller
class MamoriErrorController implements ErrorController {

	private final Problems problems;

	MamoriErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	@PublicEndpoint("renders the error page of any request, including those of signed-out users")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			// An API client that also accepts HTML still gets the problem detail.
			return "forward:/error/problem";
		}
		Locale locale = LocaleContextHolder.getLocale();
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("title", this.problems.title(status, locale));
		model.addAttribute("message", message(request, status, locale));
		return "error";
	}

	@RequestMapping(path = { "/error", "/error/problem" })
	@PublicEndpoint("renders the error response of any request, including unauthenticated ones")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		Locale locale = isApi(request) ? Problems.apiLocale(request) : LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(status, "http-" + status.value(),
				"problem.detail." + status.value(), new Object[0], locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(HttpServletRequest request, HttpStatus status, Locale locale) {
		if (request.getAttribute(PageExceptionResolver.MESSAGE_ATTRIBUTE) instanceof DomainException failure) {
			Object[] arguments = failure.arguments();
			if (failure instanceof NotFoundException) {
				arguments[0] = this.problems.message((String) arguments[0], null, locale);
			}
			return this.problems.message(failure.messageCode(), arguments, locale);
		}
		return this.problems.message("problem.detail." + status.value(), new Object[0], locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
