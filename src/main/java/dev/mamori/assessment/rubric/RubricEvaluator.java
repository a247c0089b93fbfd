package dev.mamori.assessment.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.mamori.assessment.scoring.CvssResult;
import dev.mamori.assessment.scoring.CvssScores;
import dev.mamori.assessment.scoring.CvssVersion;

/**
 * Walks the rubric's trees with a set of answers (V2). Each metric follows its tree from
 * the starting question, answer by answer, until a branch sets its value; the C/I/A grid
 * metrics take the worst value of their trees. An unanswered question stops its tree and
 * is listed as missing, so a questionnaire can ask exactly what is still needed.
 */
public final class RubricEvaluator {

	private RubricEvaluator() {
	}

	/**
	 * @param answers question id → answer; may be partial
	 * @throws UnknownRubricQuestionException when an answer names a question the rubric
	 * does not have
	 */
	public static RubricEvaluation evaluate(RubricDefinition rubric, Map<String, Answer> answers) {
		List<String> unknown = new ArrayList<>(new TreeSet<>(answers.keySet()));
		unknown.removeIf((id) -> rubric.question(id).isPresent());
		if (!unknown.isEmpty()) {
			throw new UnknownRubricQuestionException(rubric.id(), unknown);
		}
		Walk walk = new Walk(rubric, answers);
		List<MetricDecision> decisions = new ArrayList<>();
		for (RubricMetric metric : rubric.metrics()) {
			decisions.add(walk.decide(metric));
		}
		List<String> ignored = new ArrayList<>(new TreeSet<>(answers.keySet()));
		ignored.removeAll(walk.asked);
		CvssResult cvss = walk.missing.isEmpty() ? CvssScores.score(vector(decisions)) : null;
		return new RubricEvaluation(rubric.id(), rubric.version(), decisions, walk.missing, walk.unansweredRecord,
				ignored, answers, cvss);
	}

	private static String vector(List<MetricDecision> decisions) {
		StringBuilder vector = new StringBuilder(CvssVersion.V3_1.prefix());
		for (MetricDecision decision : decisions) {
			if (vector.length() > CvssVersion.V3_1.prefix().length()) {
				vector.append('/');
			}
			vector.append(decision.metric()).append(':').append(decision.value());
		}
		return vector.toString();
	}

	/** The state of one evaluation: what was asked, what is missing. */
	private static final class Walk {

		private final RubricDefinition rubric;

		private final Map<String, Answer> answers;

		private final Set<String> asked = new HashSet<>();

		private final List<String> missing = new ArrayList<>();

		private final List<String> unansweredRecord = new ArrayList<>();

		Walk(RubricDefinition rubric, Map<String, Answer> answers) {
			this.rubric = rubric;
			this.answers = answers;
		}

		MetricDecision decide(RubricMetric metric) {
			List<PathStep> path = new ArrayList<>();
			String value = null;
			boolean undecided = false;
			for (String start : metric.start()) {
				String treeValue = follow(start, path);
				if (treeValue == null) {
					undecided = true;
				}
				else {
					value = (value == null) ? treeValue : metric.worse(value, treeValue);
				}
			}
			return new MetricDecision(metric.metric(), undecided ? null : value, path);
		}

		/**
		 * The value one tree gives, or {@code null} when a question on it is unanswered.
		 */
		private String follow(String start, List<PathStep> path) {
			String value = null;
			String id = start;
			while (id != null) {
				RubricQuestion question = this.rubric.question(id).orElseThrow();
				Answer answer = this.answers.get(id);
				if (answer == null) {
					(question.recordOnly() ? this.unansweredRecord : this.missing).add(id);
					return value;
				}
				this.asked.add(id);
				path.add(new PathStep(id, answer));
				if (question.recordOnly()) {
					return value;
				}
				Branch branch = question.branch(answer);
				if (branch.value() != null) {
					value = branch.value();
				}
				id = branch.next();
			}
			return value;
		}

	}

}
