package dev.mamori.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app notifications of each user, and when each last saw the new findings. */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String username, Notice notice, Instant at) {
		this.jdbc
			.sql("insert into notification (id, username, kind, message_key, arguments, path, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), username, notice.kind().name(), notice.messageKey(),
					notice.arguments().toArray(String[]::new), notice.path(), Timestamp.from(at))
			.update();
	}

	/** The user's notifications, newest first. */
	List<InboxItem> list(String username, boolean unreadOnly, int limit) {
		return this.jdbc
			.sql("select id, kind, message_key, arguments, path, created_at, read_at from notification "
					+ "where username = ? " + (unreadOnly ? "and read_at is null " : "")
					+ "order by created_at desc, id limit ?")
			.params(username, limit)
			.query(NotificationStore::item)
			.list();
	}

	Optional<InboxItem> find(String username, UUID id) {
		return this.jdbc
			.sql("select id, kind, message_key, arguments, path, created_at, read_at from notification "
					+ "where username = ? and id = ?")
			.params(username, id)
			.query(NotificationStore::item)
			.optional();
	}

	int unreadCount(String username) {
		return this.jdbc.sql("select count(*) from notification where username = ? and read_at is null")
			.param(username)
			.query(Integer.class)
			.single();
	}

	/** Marks one of the user's notifications read; false when it is not the user's. */
	boolean markRead(String username, UUID id, Instant at) {
		return this.jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and username = ?")
			.params(Timestamp.from(at), id, username)
			.update() > 0;
	}

	int markAllRead(String username, Instant at) {
		return this.jdbc.sql("update notification set read_at = ? where username = ? and read_at is null")
			.params(Timestamp.from(at), username)
			.update();
	}

	Optional<Instant> findingsSeenAt(String username) {
		return this.jdbc.sql("select seen_at from notification_findings_seen where username = ?")
			.param(username)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void markFindingsSeen(String username, Instant at) {
		this.jdbc
			.sql("insert into notification_findings_seen (username, seen_at) values (?, ?) "
					+ "on conflict (username) do update set seen_at = excluded.seen_at")
			.params(username, Timestamp.from(at))
			.update();
	}

	private static InboxItem item(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new InboxItem(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
				rs.getString("message_key"), strings(rs.getArray("arguments")), rs.getString("path"),
				rs.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
