package dev.mamori.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells one notice to its recipients: a row in each one's inbox, an e-mail in the outbox
 * for those who asked for e-mail and gave an address (when e-mail is configured), and a
 * post in the outbox for each webhook that wants it, whether or not anyone follows. Runs
 * in the caller's transaction, so a notice is told entirely or not at all.
 */
@Component
class Notifier {

	private final NotificationStore inbox;

	private final SubscriptionStore subscriptions;

	private final WebhookStore webhooks;

	private final DeliveryStore outbox;

	private final MailChannel mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	private final ObjectMapper json;

	private final Clock clock;

	Notifier(NotificationStore inbox, SubscriptionStore subscriptions, WebhookStore webhooks, DeliveryStore outbox,
			MailChannel mail, MessageSource messages, NotificationSettings settings, ObjectMapper json, Clock clock) {
		this.inbox = inbox;
		this.subscriptions = subscriptions;
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/** A recipient, and whether the notice also goes to the recipient's e-mail. */
	record Recipient(String username, boolean email) {
	}

	void tell(Notice notice, Collection<Recipient> recipients) {
		Instant now = this.clock.instant();
		for (Recipient recipient : recipients) {
			this.inbox.insert(recipient.username(), notice, now);
			if (recipient.email() && this.mail.configured()) {
				this.subscriptions.address(recipient.username())
					.ifPresent((address) -> this.outbox.enqueue(Delivery.EMAIL, address, null, subject(notice),
							mailBody(notice), now));
			}
		}
		for (Webhook hook : this.webhooks.all()) {
			if (hook.wants(notice)) {
				this.outbox.enqueue(Delivery.WEBHOOK, hook.url(), hook.id(), notice.kind().eventName(),
						webhookBody(notice, now), now);
			}
		}
	}

	private String text(Notice notice, Locale locale) {
		return this.messages.getMessage(notice.messageKey(), notice.arguments().toArray(), locale);
	}

	private String subject(Notice notice) {
		return "[Mamori] " + text(notice, Locale.JAPANESE);
	}

	/** Japanese first (the default language), then English, as one plain-text message. */
	private String mailBody(Notice notice) {
		String link = this.settings.link(notice.path());
		StringBuilder body = new StringBuilder(text(notice, Locale.JAPANESE)).append('\n');
		if (link != null) {
			body.append(link).append('\n');
		}
		body.append("\n-- \n").append(text(notice, Locale.ENGLISH)).append('\n');
		if (link != null) {
			body.append(link).append('\n');
		}
		body.append('\n').append(this.messages.getMessage("notification.mail.footer", null, Locale.JAPANESE));
		body.append('\n').append(this.messages.getMessage("notification.mail.footer", null, Locale.ENGLISH));
		return body.toString();
	}

	private String webhookBody(Notice notice, Instant at) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", notice.kind().eventName());
		body.put("occurredAt", at.toString());
		body.put("message", Map.of("ja", text(notice, Locale.JAPANESE), "en", text(notice, Locale.ENGLISH)));
		body.put("url", this.settings.link(notice.path()));
		body.put("data", notice.payload());
		try {
			return this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a notice's payload holds plain values only", ex);
		}
	}

}
