package dev.mamori.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.mamori.database.internal.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data under the data directory, across restarts and
 * crashes.
 */
class EmbeddedPostgresServerIT {

	@TempDir
	Path data;

	static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static String value(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.data, true)) {
			execute(EmbeddedPostgresServer.dataSource(server.port()),
					"create table kept (v text); insert into kept values ('輸液ポンプ')");
		}
		assertThat(this.data.resolve("postgres/PG_VERSION")).exists();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.data, true)) {
			assertThat(value(EmbeddedPostgresServer.dataSource(server.port()), "select v from kept"))
				.isEqualTo("輸液ポンプ");
			assertThat(value(EmbeddedPostgresServer.dataSource(server.port()), "show fsync")).isEqualTo("on");
		}
	}

	@Test
	void letsCommandLineToolsUseTheRunningServerAndRefusesASecondServer() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.data, false)) {
			assertThat(EmbeddedPostgresServer.findRunning(this.data)).hasValue(server.port());
			try (OpenDatabase database = DatabaseConnections.open(new DatabaseTarget.Embedded(this.data))) {
				assertThat(value(database.dataSource(), "select current_database()")).isEqualTo("mamori");
			}
			assertThat(EmbeddedPostgresServer.findRunning(this.data)).as("still running").hasValue(server.port());
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(this.data, false))
				.isInstanceOf(DatabaseInUseException.class);
		}
		assertThat(EmbeddedPostgresServer.findRunning(this.data)).isEmpty();
	}

	/**
	 * A Mamori killed with SIGKILL leaves PostgreSQL running; the next start shuts it
	 * down and goes on.
	 */
	@Test
	void recoversFromAKilledMamori() throws Exception {
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedServerMain.class.getName(), this.data.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(crashed.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("READY")) {
				// wait for the server to come up
			}
			assertThat(line).as("the child started PostgreSQL").startsWith("READY");
		}
		List<String> pidFile = Files.readAllLines(this.data.resolve("postgres/postmaster.pid"));
		long postmaster = Long.parseLong(pidFile.get(0).strip());
		crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("orphaned postmaster").hasValue(true);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.data, false)) {
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(value(EmbeddedPostgresServer.dataSource(server.port()), "select 1")).isEqualTo("1");
		}
	}

	@Test
	void acceptsOnlyPostgresUrls() {
		assertThatThrownBy(() -> new DatabaseTarget.External("jdbc:h2:mem:x", null, null))
			.isInstanceOf(dev.mamori.common.ValidationFailedException.class);
		assertThat(DatabaseTarget.from(java.util.Map.of("MAMORI_DB_URL", "jdbc:postgresql://db/mamori"), this.data))
			.isInstanceOf(DatabaseTarget.External.class);
		assertThat(DatabaseTarget.from(java.util.Map.of(), this.data)).isInstanceOf(DatabaseTarget.Embedded.class);
	}

}
