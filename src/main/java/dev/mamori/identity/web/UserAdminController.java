package dev.mamori.identity.web;

import java.util.EnumSet;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.access.Role;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.identity.internal.UserAdministration.UserAccount;
import dev.mamori.web.FormErrors;
import dev.mamori.web.Language;
import dev.mamori.web.Messages;

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

/** User administration: accounts, roles, password resets and unlocking. */
@Controller
@RequestMapping("/admin/users")
@RequiresPermission(Permission.USER_ADMIN)
class UserAdminController {

	private final UserAdministration users;

	private final Messages messages;

	UserAdminController(UserAdministration users, Messages messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.accounts());
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		return form(model, true);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.save(result,
				() -> this.users.create(new UserAdministration.NewUser(form.getUsername(), form.getDisplayName(),
						form.getPassword(), form.getRoles(),
						Language.fromTag(form.getLanguage()).orElse(Language.DEFAULT), form.getReason())))) {
			form.setPassword(null);
			return form(model, true);
		}
		redirect.addFlashAttribute("notice", "user.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		UserAccount account = this.users.account(username);
		UserForm form = new UserForm();
		form.setUsername(account.username());
		form.setDisplayName(account.displayName());
		form.setEnabled(account.enabled());
		form.setRoles(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		return form(model, false);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.save(result, () -> this.users.update(username, form.getDisplayName(), form.isEnabled(),
				form.getRoles(), form.getReason()))) {
			model.addAttribute("account", this.users.account(username));
			return form(model, false);
		}
		redirect.addFlashAttribute("notice", "user.updated");
		return "redirect:/admin/users";
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam("password") String password,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			this.users.resetPassword(username, password, reason);
		}
		catch (ValidationFailedException failure) {
			var violation = failure.violations().get(0);
			redirect.addFlashAttribute("passwordError",
					this.messages.get(violation.code(), violation.arguments().toArray()));
			return "redirect:/admin/users/" + username;
		}
		redirect.addFlashAttribute("notice", "user.passwordReset");
		return "redirect:/admin/users/" + username;
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, @RequestParam(name = "reason", required = false) String reason,
			RedirectAttributes redirect) {
		this.users.unlock(username, reason);
		redirect.addFlashAttribute("notice", "user.unlocked");
		return "redirect:/admin/users/" + username;
	}

	private static String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("allRoles", Role.values());
		return "identity/user-form";
	}

}
