package dev.mamori.database;

import java.nio.file.Path;

/**
 * The embedded database's files are held by another running Mamori process. Two processes
 * must never start PostgreSQL on the same files.
 */
public final class DatabaseInUseException extends RuntimeException {

	private final Path dataDirectory;

	public DatabaseInUseException(Path dataDirectory) {
		super("The embedded database in " + dataDirectory + " is in use by another Mamori process");
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

}
