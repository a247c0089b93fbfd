package dev.mamori.notification.web;

import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.common.NotFoundException;
import dev.mamori.notification.MinimumSeverity;
import dev.mamori.notification.internal.NotificationService;
import dev.mamori.web.LocalPath;
import dev.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's notification pages: the inbox with the followed products and the e-mail
 * address, the bell of the top bar, and opening a notice (which marks it read).
 */
@Controller
class NotificationPageController {

	private static final int INBOX_SIZE = 100;

	private final NotificationService notifications;

	private final Messages messages;

	NotificationPageController(NotificationService notifications, Messages messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String inbox(Model model) {
		model.addAttribute("items", this.notifications.inbox(false, INBOX_SIZE));
		model.addAttribute("unread", this.notifications.unreadCount());
		model.addAttribute("subscriptions", this.notifications.subscriptions());
		model.addAttribute("address", this.notifications.address().orElse(""));
		model.addAttribute("severities", MinimumSeverity.values());
		return "notification/inbox";
	}

	@GetMapping("/notifications/bell")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String bell(Model model) {
		model.addAttribute("unread", this.notifications.unreadCount());
		return "notification/inbox :: bell";
	}

	/** Opens a notice: marks it read and goes to the page it is about. */
	@PostMapping("/notifications/{id}/open")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String open(@PathVariable UUID id) {
		try {
			return "redirect:" + LocalPath.orDefault(this.notifications.open(id).orElse(null), "/notifications");
		}
		catch (NotFoundException ex) {
			return "redirect:/notifications";
		}
	}

	@PostMapping("/notifications/{id}/read")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String read(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.notifications.markRead(id));
	}

	@PostMapping("/notifications/read-all")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String readAll(RedirectAttributes redirect) {
		return attempt(redirect, this.notifications::markAllRead);
	}

	@PostMapping("/notifications/address")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String address(@RequestParam(required = false) String email, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.notifications.setAddress(email));
	}

	@PostMapping("/notifications/subscriptions")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String subscribe(@RequestParam(required = false) UUID productId,
			@RequestParam(required = false) MinimumSeverity minSeverity,
			@RequestParam(defaultValue = "false") boolean email, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.notifications.subscribe(productId, minSeverity, email));
	}

	@PostMapping("/notifications/subscriptions/{productId}/delete")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String unsubscribe(@PathVariable UUID productId, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.notifications.unsubscribe(productId));
	}

	private String attempt(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "notification.saved");
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("notificationError", this.messages.describe(refusal));
		}
		return "redirect:/notifications";
	}

}
