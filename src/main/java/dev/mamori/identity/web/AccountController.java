package dev.mamori.identity.web;

import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.identity.internal.ApiKeys;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.web.FormErrors;
import dev.mamori.web.Messages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password and API keys (the language is switched in
 * the header).
 */
@Controller
@RequestMapping("/account")
@RequiresPermission(Permission.ACCOUNT_SELF)
class AccountController {

	private final UserAdministration users;

	private final ApiKeys keys;

	private final Messages messages;

	AccountController(UserAdministration users, ApiKeys keys, Messages messages) {
		this.users = users;
		this.keys = keys;
		this.messages = messages;
	}

	@GetMapping
	String account(Authentication user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return show(user, model);
	}

	@PostMapping("/password")
	String changePassword(Authentication user, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.users.changeOwnPassword(user.getName(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (ValidationFailedException failure) {
			FormErrors.reject(result, failure);
			form.clear();
			return show(user, model);
		}
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/account";
	}

	/** Answers an htmx request with the panel that shows the new key, once. */
	@PostMapping("/api-keys")
	String createKey(Authentication user, @RequestParam("name") String name, Model model) {
		try {
			model.addAttribute("created", this.keys.create(user.getName(), name));
		}
		catch (ValidationFailedException failure) {
			var violation = failure.violations().get(0);
			model.addAttribute("keyError", this.messages.get(violation.code(), violation.arguments().toArray()));
		}
		model.addAttribute("keys", this.keys.keysOf(user.getName()));
		return "identity/account :: apiKeys";
	}

	@PostMapping("/api-keys/{id}/revoke")
	String revokeKey(Authentication user, @PathVariable UUID id, Model model) {
		this.keys.revoke(user.getName(), id);
		model.addAttribute("keys", this.keys.keysOf(user.getName()));
		return "identity/account :: apiKeys";
	}

	private String show(Authentication user, Model model) {
		model.addAttribute("account", this.users.account(user.getName()));
		model.addAttribute("keys", this.keys.keysOf(user.getName()));
		return "identity/account";
	}

	/** The change-password form. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		/** Passwords are never sent back to the browser. */
		void clear() {
			this.currentPassword = null;
			this.newPassword = null;
		}

	}

}
