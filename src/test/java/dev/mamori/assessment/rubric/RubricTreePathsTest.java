package dev.mamori.assessment.rubric;

import static dev.mamori.assessment.rubric.RubricFixture.RUBRIC;
import static dev.mamori.assessment.rubric.RubricFixture.answers;
import static dev.mamori.assessment.rubric.RubricFixture.decision;
import static dev.mamori.assessment.rubric.RubricFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path of the rubric's trees for AV, AC, PR, UI and S, leaf by leaf, as RUBRIC.md
 * gives them (V2). The list below is the specification; the test also proves that the
 * bundled data has exactly these leaves, no more.
 */
class RubricTreePathsTest {

	/** metric | answers along the path | value. */
	static final List<String> LEAVES = List.of(
			// AV
			"AV|XAVN=unknown|N", "AV|XAVN=yes,XAVT=yes|N", "AV|XAVN=yes,XAVT=unknown|N",
			"AV|XAVN=yes,XAVT=no,XAVW=no|A", "AV|XAVN=yes,XAVT=no,XAVW=unknown|A",
			"AV|XAVN=yes,XAVT=no,XAVW=yes,XAVR=yes|L", "AV|XAVN=yes,XAVT=no,XAVW=yes,XAVR=no|A",
			"AV|XAVN=yes,XAVT=no,XAVW=yes,XAVR=unknown|A", "AV|XAVN=no,XAVP=yes|P", "AV|XAVN=no,XAVP=no|L",
			"AV|XAVN=no,XAVP=unknown|L",
			// AC
			"AC|XACL=yes|L", "AC|XACL=no|H", "AC|XACL=unknown|L",
			// PR
			"PR|XPRL=no|N", "PR|XPRL=yes,XPRZ=no|N", "PR|XPRL=unknown,XPRZ=no|N", "PR|XPRL=yes,XPRZ=yes,XPRS=yes|H",
			"PR|XPRL=yes,XPRZ=yes,XPRS=no|L", "PR|XPRL=yes,XPRZ=yes,XPRS=unknown|L",
			"PR|XPRL=yes,XPRZ=unknown,XPRS=yes|H", "PR|XPRL=yes,XPRZ=unknown,XPRS=no|L",
			"PR|XPRL=yes,XPRZ=unknown,XPRS=unknown|L", "PR|XPRL=unknown,XPRZ=yes,XPRS=yes|H",
			"PR|XPRL=unknown,XPRZ=yes,XPRS=no|L", "PR|XPRL=unknown,XPRZ=yes,XPRS=unknown|L",
			"PR|XPRL=unknown,XPRZ=unknown,XPRS=yes|H", "PR|XPRL=unknown,XPRZ=unknown,XPRS=no|L",
			"PR|XPRL=unknown,XPRZ=unknown,XPRS=unknown|L",
			// UI
			"UI|XUI=yes|R", "UI|XUI=no|N", "UI|XUI=unknown|N",
			// S
			"S|XS=yes|C", "S|XS=no|U", "S|XS=unknown|C");

	@ParameterizedTest(name = "{0}")
	@MethodSource("leaves")
	void decidesEachLeafOfTheTree(String leaf) {
		String[] parts = leaf.split("\\|");
		RubricEvaluation evaluation = evaluate(answers(parts[1]));
		MetricDecision decision = decision(evaluation, parts[0]);
		assertThat(decision.value()).isEqualTo(parts[2]);
		assertThat(path(decision)).isEqualTo(parts[1]);
	}

	@Test
	void theDataHasExactlyTheseLeaves() {
		Set<String> inData = new TreeSet<>();
		for (RubricMetric metric : RUBRIC.metrics()) {
			if (metric.start().size() == 1) {
				collect(metric.metric(), metric.start().get(0), new ArrayList<>(), inData);
			}
		}
		assertThat(inData).containsExactlyInAnyOrderElementsOf(LEAVES);
	}

	@Test
	void asksTheRecordOnlyQuestionAfterPhysicalAccessWithoutHoldingTheVectorBack() {
		RubricEvaluation unanswered = evaluate(answers("XAVN=no,XAVP=yes"));
		assertThat(decision(unanswered, "AV").value()).isEqualTo("P");
		assertThat(unanswered.unansweredRecordQuestions()).containsExactly("XAVPA");
		assertThat(unanswered.missingQuestions()).doesNotContain("XAVPA");
		for (String answer : List.of("yes", "no", "unknown")) {
			RubricEvaluation answered = evaluate(answers("XAVN=no,XAVP=yes,XAVPA=" + answer));
			assertThat(decision(answered, "AV").value()).isEqualTo("P");
			assertThat(path(decision(answered, "AV"))).isEqualTo("XAVN=no,XAVP=yes,XAVPA=" + answer);
			assertThat(answered.unansweredRecordQuestions()).isEmpty();
		}
	}

	@Test
	void listsTheNextQuestionOfAnUnfinishedPath() {
		RubricEvaluation evaluation = evaluate(answers("XAVN=yes,XAVT=no"));
		assertThat(decision(evaluation, "AV").decided()).isFalse();
		assertThat(evaluation.missingQuestions()).startsWith("XAVW", "XACL", "XPRL", "XUI", "XS", "XCP");
		assertThat(evaluation.complete()).isFalse();
		assertThat(evaluation.cvss()).isNull();
	}

	static List<String> leaves() {
		return LEAVES;
	}

	private static String path(MetricDecision decision) {
		return decision.path()
			.stream()
			.map((step) -> step.question() + "=" + step.answer().label())
			.collect(Collectors.joining(","));
	}

	private static void collect(String metric, String id, List<String> path, Set<String> leaves) {
		RubricQuestion question = RUBRIC.question(id).orElseThrow();
		for (Answer answer : Answer.values()) {
			List<String> here = new ArrayList<>(path);
			here.add(id + "=" + answer.label());
			Branch branch = question.branch(answer);
			boolean nextDecides = branch.next() != null && !RUBRIC.question(branch.next()).orElseThrow().recordOnly();
			if (nextDecides) {
				collect(metric, branch.next(), here, leaves);
			}
			else {
				leaves.add(metric + "|" + String.join(",", here) + "|" + branch.value());
			}
		}
	}

}
