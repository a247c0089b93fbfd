package dev.mamori.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import dev.mamori.common.ValidationFailedException;

/**
 * The database Mamori uses: an external PostgreSQL, or the embedded one in a data
 * directory.
 */
public sealed interface DatabaseTarget {

	/**
	 * The data directory used when neither {@code --data} nor {@code MAMORI_DATA_DIR}
	 * says otherwise.
	 */
	Path DEFAULT_DATA_DIRECTORY = Path.of("mamori-data");

	/**
	 * The target named by the environment: {@code MAMORI_DB_URL} (+
	 * {@code MAMORI_DB_USER}, {@code MAMORI_DB_PASSWORD}) when set, otherwise the
	 * embedded database under {@code dataDirectory}.
	 */
	static DatabaseTarget from(Map<String, String> environment, Path dataDirectory) {
		String url = environment.get("MAMORI_DB_URL");
		if (url != null && !url.isBlank()) {
			return new External(url.strip(), environment.get("MAMORI_DB_USER"), environment.get("MAMORI_DB_PASSWORD"));
		}
		return new Embedded(dataDirectory);
	}

	/** An external PostgreSQL server; only {@code jdbc:postgresql:} URLs are accepted. */
	record External(String url, String user, String password) implements DatabaseTarget {

		public External {
			Objects.requireNonNull(url, "url");
			if (!url.startsWith("jdbc:postgresql:")) {
				throw ValidationFailedException.of("MAMORI_DB_URL", "database.url.notPostgres", url);
			}
		}

		@Override
		public String toString() {
			return "External[" + this.url + ", user=" + this.user + "]";
		}

	}

	/** The embedded PostgreSQL whose files live in {@code dataDirectory/postgres}. */
	record Embedded(Path dataDirectory) implements DatabaseTarget {

		public Embedded {
			Objects.requireNonNull(dataDirectory, "dataDirectory");
			dataDirectory = dataDirectory.toAbsolutePath().normalize();
		}

	}

}
