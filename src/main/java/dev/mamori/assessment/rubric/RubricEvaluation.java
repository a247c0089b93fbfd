package dev.mamori.assessment.rubric;

import java.util.List;
import java.util.Map;

import dev.mamori.assessment.scoring.CvssResult;

/**
 * The outcome of a set of answers under one rubric version.
 *
 * @param decisions per CVSS base metric, in vector order
 * @param missingQuestions the questions to ask next, in questionnaire order; empty when
 * the vector is complete
 * @param unansweredRecordQuestions record-only questions on the path still unanswered;
 * they never hold the vector back
 * @param ignoredAnswers answers to questions off the path the other answers took
 * @param cvss the vector and its scores, or {@code null} while questions are missing
 */
public record RubricEvaluation(String rubricId, String rubricVersion, List<MetricDecision> decisions,
		List<String> missingQuestions, List<String> unansweredRecordQuestions, List<String> ignoredAnswers,
		Map<String, Answer> answers, CvssResult cvss) {

	public RubricEvaluation {
		decisions = List.copyOf(decisions);
		missingQuestions = List.copyOf(missingQuestions);
		unansweredRecordQuestions = List.copyOf(unansweredRecordQuestions);
		ignoredAnswers = List.copyOf(ignoredAnswers);
		answers = Map.copyOf(answers);
	}

	public boolean complete() {
		return this.cvss != null;
	}

}
