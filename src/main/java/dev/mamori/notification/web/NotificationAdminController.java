package dev.mamori.notification.web;

import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.notification.NoticeKind;
import dev.mamori.notification.internal.NotificationAdministration;
import dev.mamori.product.Products;
import dev.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of notification channels: e-mail, webhooks, the outbox. */
@Controller
@RequestMapping("/admin/notifications")
class NotificationAdminController {

	private final NotificationAdministration administration;

	private final Products products;

	private final Messages messages;

	NotificationAdminController(NotificationAdministration administration, Products products, Messages messages) {
		this.administration = administration;
		this.products = products;
		this.messages = messages;
	}

	@GetMapping
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	String page(Model model) {
		model.addAttribute("mailConfigured", this.administration.mailConfigured());
		model.addAttribute("webhooks", this.administration.webhooks());
		model.addAttribute("deliveries", this.administration.recentDeliveries(50));
		model.addAttribute("kinds",
				List.of(NoticeKind.FINDINGS_CHANGED, NoticeKind.INCIDENT_CHANGED, NoticeKind.REPORT_DEADLINE));
		model.addAttribute("products", this.products.productNames());
		return "notification/admin";
	}

	@PostMapping("/webhooks")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	String add(@RequestParam(required = false) String name, @RequestParam(required = false) String url,
			@RequestParam(required = false) String secret, @RequestParam(required = false) List<NoticeKind> kinds,
			@RequestParam(required = false) UUID productId, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.administration.addWebhook(name, url, secret, kinds, productId));
	}

	@PostMapping("/webhooks/{id}/enabled")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.administration.setWebhookEnabled(id, enabled));
	}

	@PostMapping("/webhooks/{id}/delete")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, () -> this.administration.deleteWebhook(id));
	}

	@PostMapping("/test")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	String test(RedirectAttributes redirect) {
		return attempt(redirect, this.administration::sendTest);
	}

	private String attempt(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "notification.saved");
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("notificationError", this.messages.describe(refusal));
		}
		return "redirect:/admin/notifications";
	}

}
