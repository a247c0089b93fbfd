package dev.mamori.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalInt;

import javax.sql.DataSource;

import dev.mamori.database.DatabaseInUseException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server (zonky binaries from Maven Central) running on the files
 * in {@code dataDirectory/postgres}, with the database {@value #DATABASE}.
 * <p>
 * Zonky holds a file lock ({@value #LOCK_FILE}) on the files while its JVM lives. That
 * lock tells a live Mamori process from a PostgreSQL left behind by one that was killed:
 * a postmaster still running with the lock free is an orphan and is shut down before a
 * new server starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	public static final String DATABASE = "mamori";

	static final String LOCK_FILE = "epg-lock";

	private static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts the server, creating the files on first use.
	 * @param durable {@code false} only for throw-away test databases: it turns fsync off
	 * @throws DatabaseInUseException when another Mamori process runs on these files
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
		Path files = postgresFiles(dataDirectory);
		try {
			Files.createDirectories(files);
			stopOrphanedPostmaster(dataDirectory, files);
			Path logFile = dataDirectory.resolve("logs").resolve("postgresql.log");
			Files.createDirectories(logFile.getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(files)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// No JVM shutdown hook: it would stop PostgreSQL while the server is
				// still finishing
				// requests. The owner closes it (Spring, after every bean using it; the
				// CLI, in a
				// try-with-resources); a killed process leaves an orphan that the next
				// start stops.
				.setRegisterShutdownHook(false)
				// zonky starts PostgreSQL with fsync off (-F) for tests; a later -c wins.
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "100")
				.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
				.setErrorRedirector(Redirect.appendTo(logFile.toFile()))
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL started on port {} with its files in {}", postgres.getPort(), files);
			return server;
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).contains("could not lock")) {
				throw new DatabaseInUseException(dataDirectory);
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + files, ex);
		}
	}

	/**
	 * The port of the server a live Mamori process runs on these files, if any.
	 * Command-line tools connect there instead of starting a second server.
	 */
	public static OptionalInt findRunning(Path dataDirectory) {
		Path files = postgresFiles(dataDirectory);
		OptionalInt port = Postmaster.read(files)
			.filter(Postmaster::isAlive)
			.map((p) -> OptionalInt.of(p.port()))
			.orElse(OptionalInt.empty());
		if (port.isPresent() && isLockFree(files)) {
			return OptionalInt.empty();
		}
		return port;
	}

	public static DataSource dataSource(int port) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "localhost" });
		dataSource.setPortNumbers(new int[] { port });
		dataSource.setDatabaseName(DATABASE);
		dataSource.setUser(SUPERUSER);
		return dataSource;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(SUPERUSER, DATABASE);
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", ex);
		}
	}

	static Path postgresFiles(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().normalize().resolve("postgres");
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE
								+ " encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database " + DATABASE, ex);
		}
	}

	private static void stopOrphanedPostmaster(Path dataDirectory, Path files) throws IOException {
		var postmaster = Postmaster.read(files).filter(Postmaster::isAlive);
		if (postmaster.isEmpty()) {
			return;
		}
		if (!isLockFree(files)) {
			throw new DatabaseInUseException(dataDirectory);
		}
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by a Mamori process that ended abnormally",
				postmaster.get().pid(), files);
		postmaster.get().stop(Duration.ofSeconds(60));
	}

	private static boolean isLockFree(Path files) {
		Path lockFile = files.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			return false; // held by this very JVM
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
