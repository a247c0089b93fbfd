package dev.mamori.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * CVSS 4.0 against the data of FIRST's reference calculator
 * (FIRSTdotorg/cvss-v4-calculator) and of Red Hat's (RedHatProductSecurity/
 * cvss-v4-calculator): the score of every macro vector, the metric order, and every
 * metric value the calculators offer.
 */
class FirstCalculatorConformanceTest {

	static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * A vector equal to the highest-severity vector of its macro vector lies at distance
	 * zero from it, so its score is the macro vector's score in {@code cvss_lookup.json}.
	 * The highest vectors come from {@code max_composed.json}.
	 */
	@TestFactory
	Stream<DynamicTest> theHighestVectorOfEveryMacroVectorScoresItsLookupValue() throws IOException {
		var directory = CvssReferenceData.directory("first-cvss-v4-calculator");
		JsonNode lookup = JSON.readTree(directory.resolve("cvss_lookup.json").toFile());
		JsonNode highest = JSON.readTree(directory.resolve("max_composed.json").toFile());
		List<DynamicTest> tests = new ArrayList<>();
		lookup.properties().forEach((entry) -> {
			String macroVector = entry.getKey();
			BigDecimal expected = entry.getValue().decimalValue();
			String vector = highestVector(macroVector, highest);
			tests.add(DynamicTest.dynamicTest(macroVector + " " + vector,
					() -> assertThat(CvssScores.score(vector).score()).isEqualByComparingTo(expected)));
		});
		assertThat(tests).hasSize(270);
		return tests.stream();
	}

	@Test
	void knowsTheMetricsOfVersionFourInTheCalculatorsOrder() throws IOException {
		var directory = CvssReferenceData.directory("first-cvss-v4-calculator");
		JsonNode order = JSON.readTree(directory.resolve("expected_metric_order.json").toFile());
		List<String> names = new ArrayList<>();
		order.fieldNames().forEachRemaining(names::add);
		assertThat(CvssMetricCatalog.metrics(CvssVersion.V4_0)).extracting(MetricDefinition::name)
			.containsExactlyElementsOf(names);
		for (String name : names) {
			List<String> values = new ArrayList<>();
			order.get(name).forEach((value) -> values.add(value.asText()));
			assertThat(CvssMetricCatalog.metric(CvssVersion.V4_0, name).orElseThrow().values()).as(name)
				.containsExactlyInAnyOrderElementsOf(values);
		}
	}

	@Test
	void acceptsEveryValueRedHatsCalculatorOffers() throws IOException {
		var directory = CvssReferenceData.directory("redhat-cvss-v4-calculator");
		Map<String, List<String>> offered = new LinkedHashMap<>();
		collect(JSON.readTree(directory.resolve("metrics.json").toFile()), offered);
		assertThat(offered).hasSize(32);
		offered.forEach((metric,
				values) -> assertThat(CvssMetricCatalog.metric(CvssVersion.V4_0, metric).orElseThrow().values())
					.as(metric)
					.containsAll(values));
	}

	/** Metrics are keys like "Attack Vector (AV)" with "options" like "Network (N)". */
	private static void collect(JsonNode node, Map<String, List<String>> offered) {
		node.properties().forEach((entry) -> {
			JsonNode options = entry.getValue().get("options");
			if (options != null) {
				List<String> values = new ArrayList<>();
				options.fieldNames().forEachRemaining((option) -> {
					if (!option.isBlank()) {
						values.add(abbreviation(option));
					}
				});
				offered.put(abbreviation(entry.getKey()), values);
			}
			else if (entry.getValue().isObject()) {
				collect(entry.getValue(), offered);
			}
		});
	}

	private static String abbreviation(String label) {
		int open = label.lastIndexOf('(');
		return (open < 0) ? label.strip() : label.substring(open + 1, label.lastIndexOf(')'));
	}

	/**
	 * The first highest vector of each equivalence class, as a valid vector: a
	 * subsequent-system {@code S} (safety) is a modified metric ({@code MSI:S},
	 * {@code MSA:S}) over a base value of {@code H}.
	 */
	static String highestVector(String macroVector, JsonNode highest) {
		String[] eq = macroVector.split("");
		List<String> parts = new ArrayList<>();
		parts.add(highest.get("eq1").get(eq[0]).get(0).asText());
		parts.add(highest.get("eq2").get(eq[1]).get(0).asText());
		parts.add(highest.get("eq3").get(eq[2]).get(eq[5]).get(0).asText());
		parts.add(highest.get("eq4").get(eq[3]).get(0).asText());
		parts.add(highest.get("eq5").get(eq[4]).get(0).asText());
		Map<String, String> metrics = new LinkedHashMap<>();
		for (String part : parts) {
			for (String metric : part.split("/")) {
				if (!metric.isEmpty()) {
					String[] pair = metric.split(":");
					metrics.put(pair[0], pair[1]);
				}
			}
		}
		for (String subsequent : new LinkedHashSet<>(List.of("SI", "SA"))) {
			if ("S".equals(metrics.get(subsequent))) {
				metrics.put(subsequent, "H");
				metrics.put("M" + subsequent, "S");
			}
		}
		StringBuilder vector = new StringBuilder("CVSS:4.0");
		metrics.forEach((name, value) -> vector.append('/').append(name).append(':').append(value));
		return vector.toString();
	}

}
