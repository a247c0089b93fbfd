package dev.mamori.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What PostgreSQL's {@code postmaster.pid} says of a server: its process id and port
 * (lines 1 and 4 of the file, as documented for PostgreSQL 10 and later).
 */
record Postmaster(long pid, int port) {

	static Optional<Postmaster> read(Path files) {
		Path pidFile = files.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			return Optional
				.of(new Postmaster(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean isAlive() {
		return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Asks the postmaster to shut down (SIGTERM), and forces it after the timeout. */
	void stop(Duration timeout) {
		ProcessHandle.of(this.pid).ifPresent((process) -> {
			process.destroy();
			try {
				process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		});
	}

}
