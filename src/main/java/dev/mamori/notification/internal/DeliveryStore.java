package dev.mamori.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of e-mail and webhook deliveries. */
@Repository
class DeliveryStore {

	private static final String COLUMNS = "id, channel, target, webhook_id, subject, body, state, attempts, "
			+ "next_attempt_at, last_error, created_at, sent_at";

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(String channel, String target, UUID webhookId, String subject, String body, Instant at) {
		this.jdbc
			.sql("insert into notification_delivery (id, channel, target, webhook_id, subject, body, state, "
					+ "next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")
			.params(UUID.randomUUID(), channel, target, webhookId, subject, body, Timestamp.from(at),
					Timestamp.from(at))
			.update();
	}

	/**
	 * Locks up to {@code limit} deliveries that are due, skipping those another node
	 * holds: call within the transaction that records their outcome.
	 */
	List<Delivery> claimDue(Instant now, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_delivery where state = 'PENDING' and next_attempt_at <= ? "
					+ "order by next_attempt_at, id limit ? for update skip locked")
			.params(Timestamp.from(now), limit)
			.query(DeliveryStore::delivery)
			.list();
	}

	void markSent(UUID id, int attempts, Instant at) {
		this.jdbc
			.sql("update notification_delivery set state = 'SENT', attempts = ?, sent_at = ?, last_error = null "
					+ "where id = ?")
			.params(attempts, Timestamp.from(at), id)
			.update();
	}

	void markRetry(UUID id, int attempts, Instant next, String error) {
		this.jdbc.sql("update notification_delivery set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
			.params(attempts, Timestamp.from(next), error, id)
			.update();
	}

	void markFailed(UUID id, int attempts, String error) {
		this.jdbc.sql("update notification_delivery set state = 'FAILED', attempts = ?, last_error = ? where id = ?")
			.params(attempts, error, id)
			.update();
	}

	List<Delivery> recent(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_delivery order by created_at desc, id limit ?")
			.param(limit)
			.query(DeliveryStore::delivery)
			.list();
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Delivery(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("target"),
				rs.getObject("webhook_id", UUID.class), rs.getString("subject"), rs.getString("body"),
				rs.getString("state"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				(sent != null) ? sent.toInstant() : null);
	}

}
