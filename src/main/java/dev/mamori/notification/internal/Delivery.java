package dev.mamori.notification.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail or webhook post in the outbox.
 *
 * @param target the e-mail address or the webhook's URL
 * @param webhookId the webhook, for its secret at sending time; {@code null} for e-mail
 * @param subject the e-mail's subject, or the webhook's event name
 * @param state {@code PENDING}, {@code SENT} or {@code FAILED} (given up)
 */
public record Delivery(UUID id, String channel, String target, UUID webhookId, String subject, String body,
		String state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	static final String EMAIL = "EMAIL";

	static final String WEBHOOK = "WEBHOOK";

}
