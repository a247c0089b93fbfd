package dev.mamori.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.mamori.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookStore {

	private static final String COLUMNS = "id, name, url, secret, kinds, product_id, enabled, created_by, created_at";

	private final JdbcClient jdbc;

	WebhookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Webhook hook) {
		this.jdbc.sql("insert into notification_webhook (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(hook.id(), hook.name(), hook.url(), hook.secret(),
					hook.kinds().stream().map(NoticeKind::name).sorted().toArray(String[]::new), hook.productId(),
					hook.enabled(), hook.createdBy(), Timestamp.from(hook.createdAt()))
			.update();
	}

	boolean setEnabled(UUID id, boolean enabled) {
		return this.jdbc.sql("update notification_webhook set enabled = ? where id = ?")
			.params(enabled, id)
			.update() > 0;
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from notification_webhook where id = ?").param(id).update() > 0;
	}

	Optional<Webhook> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_webhook where id = ?")
			.param(id)
			.query(WebhookStore::webhook)
			.optional();
	}

	List<Webhook> all() {
		return this.jdbc.sql("select " + COLUMNS + " from notification_webhook order by created_at, id")
			.query(WebhookStore::webhook)
			.list();
	}

	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
		Arrays.stream((String[]) rs.getArray("kinds").getArray()).map(NoticeKind::valueOf).forEach(kinds::add);
		return new Webhook(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
				rs.getString("secret"), kinds, rs.getObject("product_id", UUID.class), rs.getBoolean("enabled"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
