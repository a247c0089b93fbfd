package dev.mamori.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of Red Hat's CVSS test files (RedHatProductSecurity/cvss, {@code tests/})
 * scores exactly as expected (V2). A line is {@code VECTOR - (base, temporal,
 * environmental)} for 2.0 and 3.x, {@code None} for a score the vector does not define,
 * and {@code VECTOR - score} or {@code VECTOR - (score,)} for 4.0, the score of the
 * vector as given.
 */
class RedHatVectorConformanceTest {

	static final Map<CvssVersion, Integer> checked = new TreeMap<>();

	@TestFactory
	Stream<DynamicNode> everyReferenceVectorScoresAsExpected() throws IOException {
		Path directory = CvssReferenceData.directory("redhat-cvss-vectors");
		List<DynamicNode> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(directory)) {
			for (Path file : listing.filter((path) -> path.getFileName().toString().startsWith("vectors_"))
				.sorted()
				.toList()) {
				files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(),
						lines(file).stream().map((line) -> DynamicTest.dynamicTest(line, () -> check(line)))));
			}
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(11);
		return files.stream();
	}

	@AfterAll
	static void reportCounts() {
		// The counts per version, for the record of a conformance run.
		System.out.println("CVSS conformance (Red Hat vectors) per version: " + checked);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream().filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void check(String line) {
		int separator = line.lastIndexOf(" - ");
		String vector = line.substring(0, separator).strip();
		String[] expected = line.substring(separator + 3).replace("(", "").replace(")", "").split(",", -1);
		CvssResult result = CvssScores.score(vector);
		if (result.version() == CvssVersion.V4_0) {
			assertThat(result.score()).isEqualByComparingTo(decimal(expected[0]));
		}
		else {
			assertThat(result.baseScore()).as("base").isEqualByComparingTo(decimal(expected[0]));
			checkTemporal(result, expected[1].strip());
			checkEnvironmental(vector, result, expected[2].strip());
		}
		synchronized (checked) {
			checked.merge(result.version(), 1, Integer::sum);
		}
	}

	private static void checkTemporal(CvssResult result, String expected) {
		if (result.temporalScore() != null) {
			assertThat(result.temporalScore()).as("temporal").isEqualByComparingTo(decimal(expected));
		}
		else if (result.version() == CvssVersion.V2_0) {
			assertThat(expected).as("temporal").isEqualTo("None");
		}
		else {
			// 3.x: with no temporal metric the temporal equation gives the base score.
			assertThat(result.baseScore()).as("temporal").isEqualByComparingTo(decimal(expected));
		}
	}

	private static void checkEnvironmental(String vector, CvssResult result, String expected) {
		if (result.environmentalScore() != null) {
			assertThat(result.environmentalScore()).as("environmental").isEqualByComparingTo(decimal(expected));
		}
		else if (result.version() == CvssVersion.V2_0) {
			assertThat(expected).as("environmental").isEqualTo("None");
		}
		else {
			// 3.x: the reference computes the environmental equation with every modified
			// metric "not defined", which means "as the base metric". In 3.1 that
			// equation
			// differs from the base one for S:C, so the same vector with the modified
			// metrics spelled out must give the expected score.
			CvssResult explicit = CvssScores.score(vector + modifiedAsBase(CvssVector.parse(vector)));
			assertThat(explicit.environmentalScore()).as("environmental").isEqualByComparingTo(decimal(expected));
		}
	}

	private static String modifiedAsBase(CvssVector vector) {
		StringBuilder modified = new StringBuilder();
		for (String metric : List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A")) {
			modified.append("/M").append(metric).append(':').append(vector.get(metric));
		}
		return modified.toString();
	}

	private static BigDecimal decimal(String text) {
		return new BigDecimal(text.strip());
	}

}
