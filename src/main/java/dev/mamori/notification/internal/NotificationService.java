package dev.mamori.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.InputChecks;
import dev.mamori.common.NotFoundException;
import dev.mamori.notification.MinimumSeverity;
import dev.mamori.product.Products;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in user does with notifications: follow products, read the inbox, give an
 * e-mail address, and mark the new findings seen. Subscriptions and addresses are
 * audited: they decide who learns of a vulnerability.
 */
@Service
public class NotificationService {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/**
	 * How far back "new since my last visit" looks for a user who never marked them seen.
	 */
	static final Duration FIRST_VISIT_WINDOW = Duration.ofDays(7);

	private final NotificationStore inbox;

	private final SubscriptionStore subscriptions;

	private final Products products;

	private final AuditLog audit;

	private final Clock clock;

	NotificationService(NotificationStore inbox, SubscriptionStore subscriptions, Products products, AuditLog audit,
			Clock clock) {
		this.inbox = inbox;
		this.subscriptions = subscriptions;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<InboxItem> inbox(boolean unreadOnly, int limit) {
		return this.inbox.list(me(), unreadOnly, Math.max(1, Math.min(limit, 500)));
	}

	@Transactional(readOnly = true)
	public int unreadCount() {
		return this.inbox.unreadCount(me());
	}

	@Transactional
	public void markRead(UUID id) {
		if (!this.inbox.markRead(me(), id, this.clock.instant())) {
			throw new NotFoundException("entity.notification", id);
		}
	}

	/** Marks one of the user's notices read; the page it is about, if it has one. */
	@Transactional
	public Optional<String> open(UUID id) {
		InboxItem item = this.inbox.find(me(), id).orElseThrow(() -> new NotFoundException("entity.notification", id));
		this.inbox.markRead(me(), id, this.clock.instant());
		return Optional.ofNullable(item.path());
	}

	@Transactional
	public int markAllRead() {
		return this.inbox.markAllRead(me(), this.clock.instant());
	}

	/** The user's subscriptions with the products' names. */
	@Transactional(readOnly = true)
	public List<FollowedProduct> subscriptions() {
		Map<UUID, String> names = productNames();
		return this.subscriptions.forUser(me())
			.stream()
			.map((subscription) -> new FollowedProduct(subscription,
					names.getOrDefault(subscription.productId(), subscription.productId().toString())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Subscription> subscription(UUID productId) {
		return this.subscriptions.find(me(), productId);
	}

	@Transactional
	public Subscription subscribe(UUID productId, MinimumSeverity minSeverity, boolean email) {
		InputChecks checks = new InputChecks();
		checks.check(productId != null && productNames().containsKey(productId), "productId",
				"notification.subscription.unknownProduct");
		checks.throwIfInvalid();
		MinimumSeverity severity = (minSeverity != null) ? minSeverity : MinimumSeverity.ALL;
		Subscription subscription = this.subscriptions.subscribe(me(), productId, severity, email,
				this.clock.instant());
		this.audit.record(new AuditRecord("notification.subscribed", "product", productId.toString(), null,
				Map.of("minSeverity", severity.name(), "email", email)));
		return subscription;
	}

	@Transactional
	public void unsubscribe(UUID productId) {
		if (!this.subscriptions.unsubscribe(me(), productId)) {
			throw new NotFoundException("entity.subscription", productId);
		}
		this.audit
			.record(new AuditRecord("notification.unsubscribed", "product", productId.toString(), null, Map.of()));
	}

	@Transactional(readOnly = true)
	public Optional<String> address() {
		return this.subscriptions.address(me());
	}

	/** Sets the user's e-mail address for notifications, or removes it when blank. */
	@Transactional
	public void setAddress(String email) {
		InputChecks checks = new InputChecks();
		String address = checks.optionalText("email", email, 320);
		checks.throwIfInvalid();
		if (address == null) {
			if (this.subscriptions.clearAddress(me())) {
				this.audit.record(new AuditRecord("notification.addressRemoved", "user", me(), null, Map.of()));
			}
			return;
		}
		checks.check(EMAIL.matcher(address).matches(), "email", "notification.address.invalid");
		checks.throwIfInvalid();
		this.subscriptions.setAddress(me(), address, this.clock.instant());
		this.audit.record(new AuditRecord("notification.addressSet", "user", me(), null, Map.of("email", address)));
	}

	/** Since when findings count as new for the user. */
	@Transactional(readOnly = true)
	public Instant findingsSeenAt() {
		return this.inbox.findingsSeenAt(me()).orElse(this.clock.instant().minus(FIRST_VISIT_WINDOW));
	}

	@Transactional
	public void markFindingsSeen() {
		this.inbox.markFindingsSeen(me(), this.clock.instant());
	}

	public String productName(UUID productId) {
		return productNames().getOrDefault(productId, productId.toString());
	}

	Map<UUID, String> productNames() {
		Map<UUID, String> names = new HashMap<>();
		this.products.productNames().forEach((id, name) -> names.put(id.value(), name));
		return names;
	}

	private static String me() {
		return CurrentActor.get().name();
	}

	/** A subscription with its product's name. */
	public record FollowedProduct(Subscription subscription, String productName) {
	}

}
