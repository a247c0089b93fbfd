package dev.mamori.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The public test data next to the project ({@code ../shared/data}, see its SOURCES.md).
 * It is read in place, never copied into the repository; tests over it are skipped, with
 * a message saying so, where it is absent.
 */
public final class SharedData {

	public static final Path ROOT = Path.of("..", "shared", "data");

	private SharedData() {
	}

	/** The folder or file, or the test is skipped. */
	public static Path require(String folder) {
		Path path = ROOT.resolve(folder);
		assumeTrue(Files.exists(path), () -> "shared test data absent: " + path.toAbsolutePath().normalize()
				+ " (see shared/data/SOURCES.md); skipping");
		return path;
	}

	/** The files below the folder that match, sorted by path. */
	public static List<Path> files(Path folder, Predicate<Path> filter) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(filter).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file name, for test names. */
	public static String name(Path file) {
		return ROOT.relativize(file).toString();
	}

}
