package dev.mamori.database;

import java.nio.file.Path;

import dev.mamori.database.internal.EmbeddedPostgresServer;

/**
 * Starts the embedded server in a separate JVM and waits to be killed (see
 * EmbeddedPostgresServerIT).
 */
public final class EmbeddedServerMain {

	private EmbeddedServerMain() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer.start(Path.of(args[0]), false);
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
