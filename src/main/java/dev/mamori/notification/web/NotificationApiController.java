package dev.mamori.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.notification.MinimumSeverity;
import dev.mamori.notification.internal.InboxItem;
import dev.mamori.notification.internal.NotificationService;
import dev.mamori.notification.internal.Subscription;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.Findings;
import dev.mamori.web.Messages;

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

/** The signed-in user's notifications, subscriptions and new findings, as JSON. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final NotificationService notifications;

	private final Findings findings;

	private final Messages messages;

	NotificationApiController(NotificationService notifications, Findings findings, Messages messages) {
		this.notifications = notifications;
		this.findings = findings;
		this.messages = messages;
	}

	record Item(UUID id, String kind, String text, String messageKey, List<String> arguments, String path,
			Instant createdAt, Instant readAt) {
	}

	record Inbox(int unread, List<Item> items) {
	}

	record SubscriptionRequest(MinimumSeverity minSeverity, Boolean email) {
	}

	record SubscriptionJson(UUID productId, String productName, MinimumSeverity minSeverity, boolean email,
			Instant createdAt) {
	}

	record Address(String email) {
	}

	record NewFindings(Instant since, int count, List<FindingView> findings) {
	}

	@GetMapping
	@RequiresPermission(Permission.ACCOUNT_SELF)
	Inbox inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "100") int limit) {
		List<Item> items = this.notifications.inbox(unread, limit).stream().map(this::item).toList();
		return new Inbox(this.notifications.unreadCount(), items);
	}

	@PostMapping("/{id}/read")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable UUID id) {
		this.notifications.markRead(id);
	}

	@PostMapping("/read-all")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	Map<String, Integer> readAll() {
		return Map.of("marked", this.notifications.markAllRead());
	}

	@GetMapping("/subscriptions")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	List<SubscriptionJson> subscriptions() {
		return this.notifications.subscriptions()
			.stream()
			.map((followed) -> json(followed.subscription(), followed.productName()))
			.toList();
	}

	@PutMapping("/subscriptions/{productId}")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	SubscriptionJson subscribe(@PathVariable UUID productId, @RequestBody(required = false) SubscriptionRequest body) {
		SubscriptionRequest request = (body != null) ? body : new SubscriptionRequest(null, null);
		Subscription subscription = this.notifications.subscribe(productId, request.minSeverity(),
				Boolean.TRUE.equals(request.email()));
		return json(subscription, this.notifications.productName(productId));
	}

	@DeleteMapping("/subscriptions/{productId}")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(@PathVariable UUID productId) {
		this.notifications.unsubscribe(productId);
	}

	@GetMapping("/address")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	Address address() {
		return new Address(this.notifications.address().orElse(null));
	}

	@PutMapping("/address")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	Address setAddress(@RequestBody Address body) {
		this.notifications.setAddress(body.email());
		return address();
	}

	/** Findings first matched since the user last marked them seen (V1). */
	@GetMapping("/new-findings")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	NewFindings newFindings(@RequestParam(defaultValue = "100") int limit) {
		Instant since = this.notifications.findingsSeenAt();
		return new NewFindings(since, this.findings.countMatchedSince(since),
				this.findings.matchedSince(since, Math.max(1, Math.min(limit, 1000))));
	}

	@PostMapping("/new-findings/seen")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markSeen() {
		this.notifications.markFindingsSeen();
	}

	private Item item(InboxItem item) {
		return new Item(item.id(), item.kind().eventName(),
				this.messages.get(item.messageKey(), item.messageArguments()), item.messageKey(), item.arguments(),
				item.path(), item.createdAt(), item.readAt());
	}

	private static SubscriptionJson json(Subscription subscription, String productName) {
		return new SubscriptionJson(subscription.productId(), productName, subscription.minSeverity(),
				subscription.email(), subscription.createdAt());
	}

}
