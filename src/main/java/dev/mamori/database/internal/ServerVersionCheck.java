package dev.mamori.database.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Mamori relies on PostgreSQL 14 features; an older server is refused with a clear
 * message.
 */
final class ServerVersionCheck {

	static final int MINIMUM_VERSION_NUM = 140000;

	private ServerVersionCheck() {
	}

	static void requireSupported(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery("select current_setting('server_version_num')::int")) {
			result.next();
			int version = result.getInt(1);
			if (version < MINIMUM_VERSION_NUM) {
				throw new IllegalStateException(
						"Mamori needs PostgreSQL 14 or later; the configured server is version " + version);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the database: " + ex.getMessage(), ex);
		}
	}

}
