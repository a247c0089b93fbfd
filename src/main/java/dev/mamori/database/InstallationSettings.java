package dev.mamori.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Small facts about this installation, kept in the database (e.g. that demo data was
 * loaded).
 */
@Component
public class InstallationSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	InstallationSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<String> get(String key) {
		return this.jdbc.sql("select value from installation_setting where key = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

	/**
	 * Sets a value only if the key has none yet.
	 * @return whether this call set it (false when another node or an earlier start did)
	 */
	public boolean putIfAbsent(String key, String value) {
		return this.jdbc
			.sql("insert into installation_setting (key, value, updated_at) values (?, ?, ?) on conflict do nothing")
			.params(key, value, Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

}
