package dev.mamori.database;

import javax.sql.DataSource;

import dev.mamori.database.internal.EmbeddedPostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens the database for command-line tools, without Spring. For the embedded database it
 * connects to the server a running {@code mamori serve} already started on those files,
 * or else starts one for the duration of the command.
 */
public final class DatabaseConnections {

	private DatabaseConnections() {
	}

	public static OpenDatabase open(DatabaseTarget target) {
		if (target instanceof DatabaseTarget.External external) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(external.url());
			if (external.user() != null) {
				dataSource.setUser(external.user());
			}
			if (external.password() != null) {
				dataSource.setPassword(external.password());
			}
			return open(dataSource, () -> {
			});
		}
		DatabaseTarget.Embedded embedded = (DatabaseTarget.Embedded) target;
		var running = EmbeddedPostgresServer.findRunning(embedded.dataDirectory());
		if (running.isPresent()) {
			return open(EmbeddedPostgresServer.dataSource(running.getAsInt()), () -> {
			});
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded.dataDirectory(), true);
		return open(EmbeddedPostgresServer.dataSource(server.port()), server::close);
	}

	private static OpenDatabase open(DataSource dataSource, Runnable onClose) {
		return new OpenDatabase() {

			@Override
			public DataSource dataSource() {
				return dataSource;
			}

			@Override
			public void close() {
				onClose.run();
			}

		};
	}

}
