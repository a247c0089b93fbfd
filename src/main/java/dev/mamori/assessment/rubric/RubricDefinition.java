package dev.mamori.assessment.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the medical CVSS rubric: its questions and the decision tree per CVSS base
 * metric. Building one validates it ({@link RubricChecks}): an invalid rubric cannot
 * exist.
 *
 * @param id the rubric's id, stored with every evaluation made with it
 * @param status {@code draft} while the tree is a reconstruction, not the published one
 * @param cvssVersion the CVSS version of the vector it produces ({@code 3.1})
 */
public record RubricDefinition(String id, String version, String status, String source, String cvssVersion,
		List<RubricMetric> metrics, List<RubricQuestion> questions) {

	public RubricDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		metrics = List.copyOf(metrics);
		questions = List.copyOf(questions);
		RubricChecks.check(cvssVersion, metrics, byId(questions));
	}

	public Optional<RubricQuestion> question(String id) {
		return Optional.ofNullable(byId(this.questions).get(id));
	}

	static Map<String, RubricQuestion> byId(List<RubricQuestion> questions) {
		Map<String, RubricQuestion> byId = new LinkedHashMap<>();
		for (RubricQuestion question : questions) {
			if (byId.put(question.id(), question) != null) {
				throw new IllegalArgumentException("question " + question.id() + " is defined twice");
			}
		}
		return byId;
	}

}
