package dev.mamori.assessment.rubric;

import static dev.mamori.assessment.rubric.RubricFixture.answers;
import static dev.mamori.assessment.rubric.RubricFixture.decision;
import static dev.mamori.assessment.rubric.RubricFixture.evaluate;
import static dev.mamori.assessment.rubric.RubricFixture.harmlessBaseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C/I/A grid of RUBRIC.md: six categories per metric, the worst answer wins, unknown
 * counts as H, and PHI exposure is H only for many patients (V2).
 */
class RubricGridTest {

	static List<String> gridQuestionsOtherThanPhiConfidentiality() {
		return List.of("XCD", "XCT", "XCW", "XCS", "XCO", "XIP", "XID", "XIT", "XIW", "XIS", "XIO", "XAP", "XAD", "XAT",
				"XAW", "XAS", "XAO");
	}

	@Test
	void givesNoneWhenNothingCanBeReadModifiedOrBlocked() {
		RubricEvaluation evaluation = evaluate(harmlessBaseline());
		assertThat(evaluation.complete()).isTrue();
		assertThat(evaluation.cvss().vector()).isEqualTo("CVSS:3.1/AV:L/AC:H/PR:N/UI:R/S:U/C:N/I:N/A:N");
		assertThat(evaluation.cvss().baseScore()).isEqualByComparingTo("0.0");
	}

	@ParameterizedTest(name = "{0} = yes gives H")
	@MethodSource("gridQuestionsOtherThanPhiConfidentiality")
	void anyYesMakesItsMetricHigh(String question) {
		Map<String, Answer> answers = harmlessBaseline();
		answers.put(question, Answer.YES);
		assertThat(decision(evaluate(answers), metricOf(question)).value()).isEqualTo("H");
	}

	@ParameterizedTest(name = "{0} = unknown gives H")
	@MethodSource("gridQuestionsOtherThanPhiConfidentiality")
	void unknownCountsAsTheWorstCase(String question) {
		Map<String, Answer> answers = harmlessBaseline();
		answers.put(question, Answer.UNKNOWN);
		assertThat(decision(evaluate(answers), metricOf(question)).value()).isEqualTo("H");
	}

	@ParameterizedTest(name = "XCP={0} XCPM={1} gives C:{2}")
	@CsvSource({ "yes,no,L", "yes,yes,H", "yes,unknown,H", "unknown,,H", "no,,N" })
	void exposedPhiIsHighOnlyForManyPatients(String phi, String many, String confidentiality) {
		Map<String, Answer> answers = harmlessBaseline();
		answers.put("XCP", Answer.parse(phi).orElseThrow());
		if (many != null) {
			answers.put("XCPM", Answer.parse(many).orElseThrow());
		}
		assertThat(decision(evaluate(answers), "C").value()).isEqualTo(confidentiality);
	}

	@Test
	void takesTheWorstValueOverTheSixCategories() {
		Map<String, Answer> answers = harmlessBaseline();
		answers.putAll(answers("XCP=yes,XCPM=no"));
		assertThat(decision(evaluate(answers), "C").value()).isEqualTo("L");
		answers.put("XCO", Answer.YES);
		MetricDecision worst = decision(evaluate(answers), "C");
		assertThat(worst.value()).isEqualTo("H");
		assertThat(worst.path()).extracting(PathStep::question)
			.containsExactly("XCP", "XCPM", "XCD", "XCT", "XCW", "XCS", "XCO");
	}

	@Test
	void waitsForEverySixCategoriesBeforeDecidingTheMetric() {
		Map<String, Answer> answers = harmlessBaseline();
		answers.remove("XIW");
		RubricEvaluation evaluation = evaluate(answers);
		assertThat(decision(evaluation, "I").decided()).isFalse();
		assertThat(evaluation.missingQuestions()).containsExactly("XIW");
		Map<String, Answer> phi = harmlessBaseline();
		phi.put("XCP", Answer.YES);
		assertThat(evaluate(phi).missingQuestions()).containsExactly("XCPM");
	}

	@Test
	void scoresAnInfusionPumpWhoseTherapyCanBeChangedOverTheHospitalNetwork() {
		Map<String, Answer> answers = harmlessBaseline();
		answers.putAll(answers("XAVN=yes,XAVT=yes,XACL=yes,XPRL=yes,XPRZ=no,XUI=no,XS=no,XIT=yes,XAT=yes"));
		answers.remove("XAVP");
		RubricEvaluation evaluation = evaluate(answers);
		assertThat(evaluation.cvss().vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H");
		assertThat(evaluation.cvss().baseScore()).isEqualByComparingTo("9.1");
		assertThat(evaluation.rubricId()).isEqualTo("medical-rubric-2019-draft1");
		assertThat(evaluation.rubricVersion()).isEqualTo("1");
		assertThat(evaluation.ignoredAnswers()).isEmpty();
	}

	@Test
	void reportsAnswersOffThePathAsIgnored() {
		Map<String, Answer> answers = harmlessBaseline();
		answers.put("XAVT", Answer.YES);
		assertThat(evaluate(answers).ignoredAnswers()).containsExactly("XAVT");
	}

	@Test
	void refusesAnswersToQuestionsTheRubricDoesNotHave() {
		assertThatThrownBy(() -> evaluate(answers("XAVN=yes,XFOO=no,XBAR=yes")))
			.isInstanceOfSatisfying(UnknownRubricQuestionException.class, (refusal) -> {
				assertThat(refusal.questions()).containsExactly("XBAR", "XFOO");
				assertThat(refusal.messageCode()).isEqualTo("rubric.unknownQuestions");
			});
	}

	private static String metricOf(String question) {
		return question.substring(1, 2);
	}

}
