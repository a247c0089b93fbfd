package dev.mamori.assessment.rubric;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.mamori.assessment.rules.AssessmentRules;

/** Answer sets written as {@code XAVN=yes,XAVT=no}. */
final class RubricFixture {

	static final RubricDefinition RUBRIC = AssessmentRules.rubric();

	private RubricFixture() {
	}

	static Map<String, Answer> answers(String text) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(",")) {
				String[] parts = pair.strip().split("=");
				answers.put(parts[0], Answer.parse(parts[1]).orElseThrow());
			}
		}
		return answers;
	}

	/** Every grid question answered "no", every other metric decided by one answer. */
	static Map<String, Answer> harmlessBaseline() {
		Map<String, Answer> answers = answers("XAVN=no,XAVP=no,XACL=no,XPRL=no,XUI=yes,XS=no");
		for (String prefix : new String[] { "XC", "XI", "XA" }) {
			for (String category : new String[] { "P", "D", "T", "W", "S", "O" }) {
				answers.put(prefix + category, Answer.NO);
			}
		}
		return answers;
	}

	static RubricEvaluation evaluate(Map<String, Answer> answers) {
		return RubricEvaluator.evaluate(RUBRIC, answers);
	}

	static MetricDecision decision(RubricEvaluation evaluation, String metric) {
		return evaluation.decisions()
			.stream()
			.filter((decision) -> decision.metric().equals(metric))
			.findFirst()
			.orElseThrow();
	}

}
