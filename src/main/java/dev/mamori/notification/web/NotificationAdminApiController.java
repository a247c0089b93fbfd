package dev.mamori.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.notification.NoticeKind;
import dev.mamori.notification.internal.Delivery;
import dev.mamori.notification.internal.NotificationAdministration;
import dev.mamori.notification.internal.Webhook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks and the outbox, for administrators. Secrets are never sent back. */
@RestController
@RequestMapping("/api/v1/admin/notifications")
class NotificationAdminApiController {

	private final NotificationAdministration administration;

	NotificationAdminApiController(NotificationAdministration administration) {
		this.administration = administration;
	}

	record WebhookRequest(String name, String url, String secret, List<String> events, UUID productId) {
	}

	record WebhookJson(UUID id, String name, String url, boolean signed, List<String> events, UUID productId,
			boolean enabled, String createdBy, Instant createdAt) {
	}

	record Enabled(boolean enabled) {
	}

	record DeliveryJson(UUID id, String channel, String target, String subject, String state, int attempts,
			Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
	}

	record Status(boolean mailConfigured) {
	}

	@GetMapping
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	Status status() {
		return new Status(this.administration.mailConfigured());
	}

	@GetMapping("/webhooks")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	List<WebhookJson> webhooks() {
		return this.administration.webhooks().stream().map(NotificationAdminApiController::json).toList();
	}

	@PostMapping("/webhooks")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	WebhookJson add(@RequestBody WebhookRequest request) {
		List<NoticeKind> kinds = (request.events() != null)
				? request.events().stream().map(NotificationAdminApiController::kind).toList() : List.of();
		return json(this.administration.addWebhook(request.name(), request.url(), request.secret(), kinds,
				request.productId()));
	}

	@PutMapping("/webhooks/{id}/enabled")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void enable(@PathVariable UUID id, @RequestBody Enabled body) {
		this.administration.setWebhookEnabled(id, body.enabled());
	}

	@DeleteMapping("/webhooks/{id}")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		this.administration.deleteWebhook(id);
	}

	@GetMapping("/deliveries")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	List<DeliveryJson> deliveries(@RequestParam(defaultValue = "50") int limit) {
		return this.administration.recentDeliveries(limit)
			.stream()
			.map((delivery) -> new DeliveryJson(delivery.id(), delivery.channel(), delivery.target(),
					delivery.subject(), delivery.state(), delivery.attempts(), delivery.nextAttemptAt(),
					delivery.lastError(), delivery.createdAt(), delivery.sentAt()))
			.toList();
	}

	@PostMapping("/test")
	@RequiresPermission(Permission.NOTIFICATION_ADMIN)
	@ResponseStatus(HttpStatus.ACCEPTED)
	void test() {
		this.administration.sendTest();
	}

	private static NoticeKind kind(String event) {
		try {
			return NoticeKind.ofEventName(event);
		}
		catch (IllegalArgumentException ex) {
			throw ValidationFailedException.of("events", "notification.webhook.unknownEvent", event);
		}
	}

	private static WebhookJson json(Webhook hook) {
		Set<NoticeKind> kinds = hook.kinds();
		return new WebhookJson(hook.id(), hook.name(), hook.url(), hook.signed(),
				kinds.stream().map(NoticeKind::eventName).sorted().toList(), hook.productId(), hook.enabled(),
				hook.createdBy(), hook.createdAt());
	}

}
