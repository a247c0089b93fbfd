package dev.mamori.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.mamori.notification.delivery.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: every few seconds, on whichever node gets there first, it locks the
 * due deliveries (skipping those another node holds), sends each, and records the outcome
 * in the same transaction. A failure is tried again later by the {@link RetrySchedule};
 * after the last attempt the delivery is marked failed, with the error, for the
 * administrator to see.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 20;

	private final DeliveryStore outbox;

	private final WebhookStore webhooks;

	private final MailChannel mail;

	private final WebhookChannel webhook;

	private final RetrySchedule retries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeliveryWorker(DeliveryStore outbox, WebhookStore webhooks, MailChannel mail, WebhookChannel webhook,
			NotificationSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.webhooks = webhooks;
		this.mail = mail;
		this.webhook = webhook;
		this.retries = settings.retrySchedule();
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${mamori.notification.delivery-interval:PT15S}",
			initialDelayString = "${mamori.notification.delivery-initial-delay:PT10S}")
	void scheduled() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.error("Sending notifications failed; the worker tries again at its next run", ex);
		}
	}

	/** Sends every delivery that is due now; how many were attempted. */
	int sendDue() {
		int total = 0;
		int batch;
		do {
			batch = this.transactions.execute((status) -> sendBatch());
			total += batch;
		}
		while (batch == BATCH);
		return total;
	}

	private int sendBatch() {
		Instant now = this.clock.instant();
		List<Delivery> due = this.outbox.claimDue(now, BATCH);
		for (Delivery delivery : due) {
			int attempts = delivery.attempts() + 1;
			try {
				send(delivery);
				this.outbox.markSent(delivery.id(), attempts, this.clock.instant());
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				String error = describe(ex);
				Optional<Instant> next = this.retries.nextAttempt(attempts, now);
				if (next.isPresent()) {
					this.outbox.markRetry(delivery.id(), attempts, next.get(), error);
					log.warn("Notification {} to {} failed (attempt {}): {}; next attempt at {}", delivery.id(),
							delivery.target(), attempts, error, next.get());
				}
				else {
					this.outbox.markFailed(delivery.id(), attempts, error);
					log.error("Notification {} to {} given up after {} attempts: {}", delivery.id(), delivery.target(),
							attempts, error);
				}
			}
		}
		return due.size();
	}

	private void send(Delivery delivery) throws Exception {
		if (Delivery.EMAIL.equals(delivery.channel())) {
			this.mail.send(delivery.target(), delivery.subject(), delivery.body());
		}
		else {
			String secret = (delivery.webhookId() != null)
					? this.webhooks.find(delivery.webhookId()).map(Webhook::secret).orElse(null) : null;
			this.webhook.post(delivery, secret);
		}
	}

	private static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (message.length() > 1000) ? message.substring(0, 1000) : message;
	}

}
