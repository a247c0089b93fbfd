package dev.mamori.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule sets load, and a broken one stops with a message naming the file and
 * the fault.
 */
class AssessmentRulesTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void loadsEveryBundledRuleSet() {
		assertThat(AssessmentRules.rubric().id()).isEqualTo("medical-rubric-2019-draft1");
		assertThat(AssessmentRules.rubric().status()).isEqualTo("draft");
		assertThat(AssessmentRules.rubric().questions()).hasSize(31);
		assertThat(AssessmentRules.riskMatrix().ruleSet().id()).isEqualTo("mamori-clinical-risk-matrix");
		assertThat(AssessmentRules.exploitation().rules()).hasSize(8);
		assertThat(AssessmentRules.ssvcSupplier().rows()).hasSize(36);
	}

	@Test
	void refusesARubricThatNamesAnUnknownQuestion() throws IOException {
		assertRubricRefused(
				(rubric) -> question(rubric, "XAVT").set("yes", JSON.createObjectNode().put("next", "XNOPE")),
				"unknown question id XNOPE");
	}

	@Test
	void refusesARubricWithACycle() throws IOException {
		assertRubricRefused((rubric) -> question(rubric, "XAVW").set("no", JSON.createObjectNode().put("next", "XAVN")),
				"cycle in metric AV: XAVN → XAVT → XAVW → XAVN");
	}

	@Test
	void refusesARubricThatLeavesAMetricUndecided() throws IOException {
		assertRubricRefused((rubric) -> ((ArrayNode) rubric.get("metrics")).remove(2),
				"metrics left undecided, no question decides them: [PR]");
	}

	@Test
	void refusesARubricThatReachesARecordOnlyQuestionBeforeDeciding() throws IOException {
		assertRubricRefused(
				(rubric) -> question(rubric, "XAVP").set("no", JSON.createObjectNode().put("next", "XAVPA")),
				"record-only question XAVPA is reached before metric AV is decided");
	}

	@Test
	void refusesARubricThatSetsAValueTheMetricDoesNotAllow() throws IOException {
		assertRubricRefused((rubric) -> question(rubric, "XUI").set("yes", JSON.createObjectNode().put("value", "P")),
				"question XUI sets UI to P, which it does not allow");
	}

	@Test
	void refusesARubricWithAQuestionNoMetricAsks() throws IOException {
		assertRubricRefused((rubric) -> ((ArrayNode) rubric.get("questions")).addObject()
			.put("id", "XLOST")
			.put("ja", "迷子")
			.put("en", "Lost")
			.put("recordOnly", true), "questions no metric asks: [XLOST]");
	}

	@Test
	void refusesARiskMatrixWhoseCellFallsAsSeverityRises() throws IOException {
		ObjectNode matrix = bundled(AssessmentRules.RISK_MATRIX);
		((ObjectNode) matrix.get("cells").get("frequent")).put("catastrophic", "low");
		assertThatThrownBy(() -> AssessmentRules.readRiskMatrix(stream(matrix), "edited.json"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("edited.json")
			.hasMessageContaining("cell frequent/catastrophic is a lower risk");
	}

	@Test
	void refusesAnSsvcTableWithAMissingRow() throws IOException {
		ObjectNode table = bundled(AssessmentRules.SSVC_SUPPLIER);
		((ArrayNode) table.get("rows")).remove(0);
		assertThatThrownBy(() -> AssessmentRules.readSsvcSupplier(stream(table), "ssvc.json"))
			.hasMessageContaining("needs all 36 combinations, has 35");
	}

	@Test
	void refusesAnExploitationRuleWithoutACatchAllLine() throws IOException {
		ObjectNode rules = bundled(AssessmentRules.EXPLOITATION);
		ArrayNode lines = (ArrayNode) rules.get("rules");
		lines.remove(lines.size() - 1);
		assertThatThrownBy(() -> AssessmentRules.readExploitation(stream(rules), "exploitation.json"))
			.hasMessageContaining("the last exploitation rule must have no condition");
	}

	private static void assertRubricRefused(Consumer<ObjectNode> breakIt, String message) throws IOException {
		ObjectNode rubric = bundled(AssessmentRules.RUBRIC);
		breakIt.accept(rubric);
		assertThatThrownBy(() -> AssessmentRules.readRubric(stream(rubric), "broken-rubric.json"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Invalid rule set broken-rubric.json")
			.hasMessageContaining(message);
	}

	private static ObjectNode question(ObjectNode rubric, String id) {
		for (var question : rubric.get("questions")) {
			if (question.get("id").asText().equals(id)) {
				return (ObjectNode) question;
			}
		}
		throw new AssertionError("no question " + id);
	}

	private static ObjectNode bundled(String path) throws IOException {
		try (InputStream in = AssessmentRulesTest.class.getClassLoader().getResourceAsStream(path)) {
			return (ObjectNode) JSON.readTree(in);
		}
	}

	private static InputStream stream(ObjectNode json) throws IOException {
		return new ByteArrayInputStream(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
	}

}
