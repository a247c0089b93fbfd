package dev.mamori.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.notification.MinimumSeverity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who follows which product, and where each user's e-mail goes. */
@Repository
class SubscriptionStore {

	private final JdbcClient jdbc;

	SubscriptionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Follows the product, or changes how: one subscription per user and product. */
	Subscription subscribe(String username, UUID productId, MinimumSeverity minSeverity, boolean email, Instant at) {
		return this.jdbc.sql("""
				insert into notification_subscription (id, username, product_id, min_severity, email, created_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (username, product_id)
				do update set min_severity = excluded.min_severity, email = excluded.email
				returning id, username, product_id, min_severity, email, created_at""")
			.params(UUID.randomUUID(), username, productId, minSeverity.name(), email, Timestamp.from(at))
			.query(SubscriptionStore::subscription)
			.single();
	}

	boolean unsubscribe(String username, UUID productId) {
		return this.jdbc.sql("delete from notification_subscription where username = ? and product_id = ?")
			.params(username, productId)
			.update() > 0;
	}

	List<Subscription> forUser(String username) {
		return this.jdbc
			.sql("select id, username, product_id, min_severity, email, created_at from notification_subscription "
					+ "where username = ? order by created_at")
			.param(username)
			.query(SubscriptionStore::subscription)
			.list();
	}

	Optional<Subscription> find(String username, UUID productId) {
		return this.jdbc
			.sql("select id, username, product_id, min_severity, email, created_at from notification_subscription "
					+ "where username = ? and product_id = ?")
			.params(username, productId)
			.query(SubscriptionStore::subscription)
			.optional();
	}

	/** The product's subscribers whose accounts are enabled. */
	List<Subscription> forProduct(UUID productId) {
		return this.jdbc.sql("""
				select s.id, s.username, s.product_id, s.min_severity, s.email, s.created_at
				from notification_subscription s join app_user u on u.username = s.username
				where s.product_id = ? and u.enabled order by s.username""")
			.param(productId)
			.query(SubscriptionStore::subscription)
			.list();
	}

	Optional<String> address(String username) {
		return this.jdbc.sql("select email from notification_address where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	void setAddress(String username, String email, Instant at) {
		this.jdbc
			.sql("insert into notification_address (username, email, updated_at) values (?, ?, ?) "
					+ "on conflict (username) do update set email = excluded.email, updated_at = excluded.updated_at")
			.params(username, email, Timestamp.from(at))
			.update();
	}

	boolean clearAddress(String username) {
		return this.jdbc.sql("delete from notification_address where username = ?").param(username).update() > 0;
	}

	private static Subscription subscription(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getObject("product_id", UUID.class), MinimumSeverity.valueOf(rs.getString("min_severity")),
				rs.getBoolean("email"), rs.getTimestamp("created_at").toInstant());
	}

}
