package dev.mamori.database.internal;

import java.util.Optional;

import dev.mamori.database.DatabaseTarget;

/** The running database the server connects to; closing it stops an embedded server. */
final class DatabaseServer implements AutoCloseable {

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private final EmbeddedPostgresServer embedded;

	private DatabaseServer(String jdbcUrl, String user, String password, EmbeddedPostgresServer embedded) {
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.embedded = embedded;
	}

	static DatabaseServer start(DatabaseTarget target) {
		if (target instanceof DatabaseTarget.External external) {
			return new DatabaseServer(external.url(), external.user(), external.password(), null);
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(((DatabaseTarget.Embedded) target).dataDirectory(),
				true);
		return new DatabaseServer(server.jdbcUrl(), null, null, server);
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	Optional<String> user() {
		return Optional.ofNullable(this.user);
	}

	Optional<String> password() {
		return Optional.ofNullable(this.password);
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
