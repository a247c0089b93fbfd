package dev.mamori;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import dev.mamori.cli.ExitCode;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.database.DatabaseTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.SpringApplication;

/**
 * {@code mamori serve [--port N] [--data DIR] [--demo]}: the web UI, REST API and
 * schedulers. With no {@code MAMORI_DB_URL} it starts the embedded PostgreSQL on the
 * files in the data directory.
 */
@Command(name = "serve", description = "Run the Mamori server / サーバーを起動", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

	private static volatile boolean serving;

	@Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080, or SERVER_PORT)")
	Integer port;

	@Option(names = "--data", paramLabel = "DIR",
			description = "Data directory of the embedded database (default ./mamori-data, or MAMORI_DATA_DIR)")
	Path data;

	@Option(names = "--demo", description = "Load the demonstration portfolio on first start")
	boolean demo;

	static boolean isServing() {
		return serving;
	}

	@Override
	public Integer call() {
		if (this.port != null && (this.port < 0 || this.port > 65535)) {
			throw ValidationFailedException.of("--port", "cli.serve.badPort", this.port);
		}
		// Options given on the command line win over the environment; the rest are
		// defaults.
		List<String> options = new ArrayList<>();
		if (this.port != null) {
			options.add("--server.port=" + this.port);
		}
		if (this.data != null) {
			options.add("--mamori.data.dir=" + this.data.toAbsolutePath());
		}
		if (this.demo) {
			options.add("--mamori.demo=true");
		}
		Properties defaults = new Properties();
		defaults.setProperty("mamori.data.dir", DatabaseTarget.DEFAULT_DATA_DIRECTORY.toAbsolutePath().toString());
		SpringApplication application = new SpringApplication(MamoriApplication.class);
		application.setDefaultProperties(defaults);
		serving = true;
		try {
			application.run(options.toArray(String[]::new));
		}
		catch (RuntimeException failure) {
			serving = false;
			throw failure;
		}
		return ExitCode.OK;
	}

}
