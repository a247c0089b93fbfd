package dev.mamori.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.InputChecks;
import dev.mamori.common.NotFoundException;
import dev.mamori.notification.NoticeKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' side: webhooks, a test notice through every channel, and the outbox
 * with what was sent and what failed. Every change is audited: a webhook decides where
 * news of vulnerabilities goes outside the application.
 */
@Service
public class NotificationAdministration {

	private final WebhookStore webhooks;

	private final DeliveryStore outbox;

	private final Notifier notifier;

	private final MailChannel mail;

	private final DeliveryWorker worker;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final Clock clock;

	NotificationAdministration(WebhookStore webhooks, DeliveryStore outbox, Notifier notifier, MailChannel mail,
			DeliveryWorker worker, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.notifier = notifier;
		this.mail = mail;
		this.worker = worker;
		this.transactions = new TransactionTemplate(transactions);
		this.audit = audit;
		this.clock = clock;
	}

	public boolean mailConfigured() {
		return this.mail.configured();
	}

	@Transactional(readOnly = true)
	public List<Webhook> webhooks() {
		return this.webhooks.all();
	}

	@Transactional(readOnly = true)
	public List<Delivery> recentDeliveries(int limit) {
		return this.outbox.recent(Math.max(1, Math.min(limit, 500)));
	}

	/** Adds a webhook; {@code kinds} empty means every kind. */
	@Transactional
	public Webhook addWebhook(String name, String url, String secret, Collection<NoticeKind> kinds, UUID productId) {
		InputChecks checks = new InputChecks();
		String cleanName = checks.requiredText("name", name, 200);
		String cleanUrl = checks.requiredText("url", url, 2000);
		String cleanSecret = checks.optionalText("secret", secret, 200);
		if (cleanUrl != null) {
			checks.check(isHttpUrl(cleanUrl), "url", "notification.webhook.urlInvalid");
		}
		if (cleanSecret != null) {
			checks.check(cleanSecret.length() >= 16, "secret", "notification.webhook.secretShort", 16);
		}
		checks.throwIfInvalid();
		Set<NoticeKind> wanted = EnumSet.of(NoticeKind.FINDINGS_CHANGED, NoticeKind.INCIDENT_CHANGED,
				NoticeKind.REPORT_DEADLINE);
		if (kinds != null && !kinds.isEmpty()) {
			wanted = EnumSet.copyOf(kinds);
			wanted.remove(NoticeKind.TEST);
		}
		Webhook hook = new Webhook(UUID.randomUUID(), cleanName, cleanUrl, cleanSecret, wanted, productId, true,
				CurrentActor.get().name(), this.clock.instant());
		this.webhooks.insert(hook);
		this.audit.record(new AuditRecord("notification.webhookAdded", "webhook", hook.id().toString(), null,
				Map.of("name", cleanName, "url", cleanUrl, "kinds", wanted.toString(), "signed", cleanSecret != null)));
		return hook;
	}

	@Transactional
	public void setWebhookEnabled(UUID id, boolean enabled) {
		if (!this.webhooks.setEnabled(id, enabled)) {
			throw new NotFoundException("entity.webhook", id);
		}
		this.audit.record(new AuditRecord(enabled ? "notification.webhookEnabled" : "notification.webhookDisabled",
				"webhook", id.toString(), null, Map.of()));
	}

	@Transactional
	public void deleteWebhook(UUID id) {
		Webhook hook = this.webhooks.find(id).orElseThrow(() -> new NotFoundException("entity.webhook", id));
		this.webhooks.delete(id);
		this.audit.record(new AuditRecord("notification.webhookDeleted", "webhook", id.toString(), null,
				Map.of("name", hook.name(), "url", hook.url())));
	}

	/**
	 * Sends a test notice to the administrator (in the application, and by e-mail when an
	 * address is set) and to every enabled webhook, then runs the worker once, so that
	 * the outcome shows at once.
	 */
	public void sendTest() {
		String me = CurrentActor.get().name();
		Notice notice = new Notice(NoticeKind.TEST, "notification.test.message", List.of(me), "/admin/notifications",
				null, Map.of("sentBy", me));
		this.transactions.executeWithoutResult((status) -> {
			this.notifier.tell(notice, List.of(new Notifier.Recipient(me, true)));
			this.audit.record(new AuditRecord("notification.testSent", "user", me, null, Map.of()));
		});
		this.worker.sendDue();
	}

	static boolean isHttpUrl(String url) {
		try {
			URI uri = URI.create(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
