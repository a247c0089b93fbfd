package dev.mamori.assessment.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The manufacturer's risk matrix (ISO 14971, 4.2 and 5.5): severity of harm × probability
 * → risk level. A complete grid is required, and a level may not fall as severity or
 * probability rises, so that a typing error in the file cannot make a worse situation
 * look better.
 *
 * @param severities least severe first
 * @param probabilities least probable first
 * @param levels lowest risk first
 * @param cells probability id → severity id → risk level id
 */
public record RiskMatrix(RuleSetId ruleSet, String source, List<Level> severities, List<Level> probabilities,
		List<RiskLevel> levels, Map<String, Map<String, String>> cells) {

	public RiskMatrix {
		Objects.requireNonNull(ruleSet, "ruleSet");
		severities = List.copyOf(severities);
		probabilities = List.copyOf(probabilities);
		levels = List.copyOf(levels);
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		cells.forEach((probability, row) -> copy.put(probability, Map.copyOf(row)));
		cells = Map.copyOf(copy);
		RiskMatrixChecks.check(severities, probabilities, levels, cells);
	}

	/**
	 * @throws IllegalArgumentException for a severity or probability the matrix does not
	 * have
	 */
	public RiskEstimate evaluate(String severity, String probability) {
		Level harm = find(this.severities, severity, "severity");
		Level likelihood = find(this.probabilities, probability, "probability");
		String levelId = this.cells.get(probability).get(severity);
		RiskLevel level = this.levels.stream()
			.filter((candidate) -> candidate.id().equals(levelId))
			.findFirst()
			.orElseThrow();
		return new RiskEstimate(this.ruleSet, harm, likelihood, level);
	}

	public boolean hasProbability(String id) {
		return this.probabilities.stream().anyMatch((level) -> level.id().equals(id));
	}

	private static Level find(List<Level> scale, String id, String what) {
		return scale.stream()
			.filter((level) -> level.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown " + what + " " + id));
	}

}
