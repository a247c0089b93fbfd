package dev.mamori.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.Role;
import dev.mamori.web.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their roles in PostgreSQL. User names are stored in lower case. */
@Repository
class JdbcUserStore {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.password_hash, u.language, u.enabled, u.failed_logins,
			       u.locked_until, u.created_at, u.last_login_at,
			       coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
			from app_user u left join app_user_role r on r.user_id = u.id
			""";

	private final JdbcClient jdbc;

	JdbcUserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserRecord> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where u.username = ? group by u.id")
			.param(normalize(username))
			.query(JdbcUserStore::map)
			.optional();
	}

	List<UserRecord> findAll() {
		return this.jdbc.sql(SELECT + " group by u.id order by u.username").query(JdbcUserStore::map).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	/**
	 * @return {@code false} when the user name is taken (nothing is written then)
	 */
	boolean insert(UserRecord user) {
		int inserted = this.jdbc.sql("""
				insert into app_user (id, username, display_name, password_hash, language, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (username) do nothing""")
			.params(user.id(), normalize(user.username()), user.displayName(), user.passwordHash(),
					user.language().code(), user.enabled(), Timestamp.from(user.createdAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		replaceRoles(user.id(), user.roles());
		return true;
	}

	void replaceRoles(UUID userId, Set<Role> roles) {
		this.jdbc.sql("delete from app_user_role where user_id = ?").param(userId).update();
		for (Role role : roles) {
			this.jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
				.params(userId, role.name())
				.update();
		}
	}

	void updateProfile(UUID userId, String displayName, boolean enabled) {
		this.jdbc.sql("update app_user set display_name = ?, enabled = ? where id = ?")
			.params(displayName, enabled, userId)
			.update();
	}

	void updatePassword(UUID userId, String passwordHash, Instant now) {
		this.jdbc.sql("update app_user set password_hash = ?, password_changed_at = ? where id = ?")
			.params(passwordHash, Timestamp.from(now), userId)
			.update();
	}

	void updateLanguage(String username, Language language) {
		this.jdbc.sql("update app_user set language = ? where username = ?")
			.params(language.code(), normalize(username))
			.update();
	}

	/**
	 * Counts a failed login; returns the failures in a row, or empty when there is no
	 * such user.
	 */
	Optional<Integer> recordFailure(String username) {
		return this.jdbc
			.sql("update app_user set failed_logins = failed_logins + 1 where username = ? returning failed_logins")
			.param(normalize(username))
			.query(Integer.class)
			.optional();
	}

	void lock(String username, Instant until) {
		this.jdbc.sql("update app_user set locked_until = ?, failed_logins = 0 where username = ?")
			.params(Timestamp.from(until), normalize(username))
			.update();
	}

	void unlock(UUID userId) {
		this.jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where id = ?").param(userId).update();
	}

	void recordSuccess(String username, Instant now) {
		this.jdbc.sql("update app_user set failed_logins = 0, last_login_at = ? where username = ?")
			.params(Timestamp.from(now), normalize(username))
			.update();
	}

	/**
	 * Ends every session of the user, so that a change of roles or a disabled account
	 * takes effect at once.
	 */
	void endSessions(String username) {
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(normalize(username)).update();
	}

	static String normalize(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static UserRecord map(ResultSet row, int rowNumber) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) row.getArray("roles").getArray()) {
			roles.add(Role.valueOf(role));
		}
		return new UserRecord(row.getObject("id", UUID.class), row.getString("username"), row.getString("display_name"),
				row.getString("password_hash"), Language.fromTag(row.getString("language")).orElse(Language.DEFAULT),
				row.getBoolean("enabled"), row.getInt("failed_logins"), instant(row, "locked_until"),
				instant(row, "created_at"), instant(row, "last_login_at"), roles);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
