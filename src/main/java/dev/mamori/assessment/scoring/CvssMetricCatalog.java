package dev.mamori.assessment.scoring;

import static dev.mamori.assessment.scoring.MetricDefinition.base;
import static dev.mamori.assessment.scoring.MetricDefinition.optional;
import static dev.mamori.assessment.scoring.MetricGroup.ENVIRONMENTAL;
import static dev.mamori.assessment.scoring.MetricGroup.SUPPLEMENTAL;
import static dev.mamori.assessment.scoring.MetricGroup.TEMPORAL;
import static dev.mamori.assessment.scoring.MetricGroup.THREAT;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of each CVSS version in the order of its specification, which is the order
 * of a normalized vector. These are the standards' own definitions, not policy, so they
 * are code.
 */
public final class CvssMetricCatalog {

	private static final List<MetricDefinition> V2 = List.of(base("AV", "L", "A", "N"), base("AC", "H", "M", "L"),
			base("Au", "M", "S", "N"), base("C", "N", "P", "C"), base("I", "N", "P", "C"), base("A", "N", "P", "C"),
			optional("E", TEMPORAL, "ND", "U", "POC", "F", "H", "ND"),
			optional("RL", TEMPORAL, "ND", "OF", "TF", "W", "U", "ND"),
			optional("RC", TEMPORAL, "ND", "UC", "UR", "C", "ND"),
			optional("CDP", ENVIRONMENTAL, "ND", "N", "L", "LM", "MH", "H", "ND"),
			optional("TD", ENVIRONMENTAL, "ND", "N", "L", "M", "H", "ND"),
			optional("CR", ENVIRONMENTAL, "ND", "L", "M", "H", "ND"),
			optional("IR", ENVIRONMENTAL, "ND", "L", "M", "H", "ND"),
			optional("AR", ENVIRONMENTAL, "ND", "L", "M", "H", "ND"));

	private static final List<MetricDefinition> V3 = List.of(base("AV", "N", "A", "L", "P"), base("AC", "L", "H"),
			base("PR", "N", "L", "H"), base("UI", "N", "R"), base("S", "U", "C"), base("C", "H", "L", "N"),
			base("I", "H", "L", "N"), base("A", "H", "L", "N"), optional("E", TEMPORAL, "X", "X", "H", "F", "P", "U"),
			optional("RL", TEMPORAL, "X", "X", "U", "W", "T", "O"), optional("RC", TEMPORAL, "X", "X", "C", "R", "U"),
			optional("CR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("IR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("AR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("MAV", ENVIRONMENTAL, "X", "X", "N", "A", "L", "P"),
			optional("MAC", ENVIRONMENTAL, "X", "X", "L", "H"), optional("MPR", ENVIRONMENTAL, "X", "X", "N", "L", "H"),
			optional("MUI", ENVIRONMENTAL, "X", "X", "N", "R"), optional("MS", ENVIRONMENTAL, "X", "X", "U", "C"),
			optional("MC", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MI", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MA", ENVIRONMENTAL, "X", "X", "H", "L", "N"));

	private static final List<MetricDefinition> V4 = List.of(base("AV", "N", "A", "L", "P"), base("AC", "L", "H"),
			base("AT", "N", "P"), base("PR", "N", "L", "H"), base("UI", "N", "P", "A"), base("VC", "H", "L", "N"),
			base("VI", "H", "L", "N"), base("VA", "H", "L", "N"), base("SC", "H", "L", "N"), base("SI", "H", "L", "N"),
			base("SA", "H", "L", "N"), optional("E", THREAT, "X", "X", "A", "P", "U"),
			optional("CR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("IR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("AR", ENVIRONMENTAL, "X", "X", "H", "M", "L"),
			optional("MAV", ENVIRONMENTAL, "X", "X", "N", "A", "L", "P"),
			optional("MAC", ENVIRONMENTAL, "X", "X", "L", "H"), optional("MAT", ENVIRONMENTAL, "X", "X", "N", "P"),
			optional("MPR", ENVIRONMENTAL, "X", "X", "N", "L", "H"),
			optional("MUI", ENVIRONMENTAL, "X", "X", "N", "P", "A"),
			optional("MVC", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MVI", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MVA", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MSC", ENVIRONMENTAL, "X", "X", "H", "L", "N"),
			optional("MSI", ENVIRONMENTAL, "X", "X", "S", "H", "L", "N"),
			optional("MSA", ENVIRONMENTAL, "X", "X", "S", "H", "L", "N"),
			optional("S", SUPPLEMENTAL, "X", "X", "N", "P"), optional("AU", SUPPLEMENTAL, "X", "X", "N", "Y"),
			optional("R", SUPPLEMENTAL, "X", "X", "A", "U", "I"), optional("V", SUPPLEMENTAL, "X", "X", "D", "C"),
			optional("RE", SUPPLEMENTAL, "X", "X", "L", "M", "H"),
			optional("U", SUPPLEMENTAL, "X", "X", "Clear", "Green", "Amber", "Red"));

	private CvssMetricCatalog() {
	}

	/** The metrics of a version, in the order of its specification. */
	public static List<MetricDefinition> metrics(CvssVersion version) {
		return switch (version) {
			case V2_0 -> V2;
			case V3_0, V3_1 -> V3;
			case V4_0 -> V4;
		};
	}

	public static Optional<MetricDefinition> metric(CvssVersion version, String name) {
		return metrics(version).stream().filter((metric) -> metric.name().equals(name)).findFirst();
	}

}
