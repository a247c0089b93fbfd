package dev.mamori.assessment.scoring;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public CVSS reference data lies: {@code ../shared/data/cvss/} beside the work
 * tree. It is read in place, never copied into the repository; without it the conformance
 * tests are skipped with this message.
 */
final class CvssReferenceData {

	static final Path ROOT = Path.of("../shared/data/cvss");

	private CvssReferenceData() {
	}

	static Path directory(String name) {
		Path directory = ROOT.resolve(name);
		assumeTrue(Files.isDirectory(directory),
				() -> "CVSS reference data absent at " + directory.toAbsolutePath() + ": conformance not checked");
		return directory;
	}

}
