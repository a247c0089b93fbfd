package dev.mamori.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import dev.mamori.database.internal.EmbeddedPostgresServer;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One throw-away embedded PostgreSQL per test JVM (fsync off), with as many databases as
 * tests ask for. Tests reach it as an external database through {@code mamori.db.url}.
 */
public final class TestDatabase {

	private static EmbeddedPostgresServer server;

	private static final Set<String> created = new HashSet<>();

	private TestDatabase() {
	}

	/** The JDBC URL of a database of that name, created empty on first use. */
	public static synchronized String url(String database) {
		if (server == null) {
			start();
		}
		if (created.add(database) && !EmbeddedPostgresServer.DATABASE.equals(database)) {
			try (Connection connection = EmbeddedPostgresServer.dataSource(server.port()).getConnection();
					var statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database);
				statement.execute("create database " + database
						+ " encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the test database " + database, ex);
			}
		}
		return "jdbc:postgresql://localhost:" + server.port() + "/" + database + "?user=postgres";
	}

	private static void start() {
		try {
			Path directory = Files.createTempDirectory("mamori-test-db");
			server = EmbeddedPostgresServer.start(directory, false);
			// Run after every Spring context of the test JVM has closed, not beside them.
			SpringApplication.getShutdownHandlers().add(() -> {
				server.close();
				FileSystemUtils.deleteRecursively(directory.toFile());
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
