package dev.mamori.assessment.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of an analysis change (V2): VEX vocabulary, justification, reason. */
class AnalysisChangeTest {

	@Test
	void notAffectedWithAJustificationIsAccepted() {
		Analysis analysis = new AnalysisChange("not_affected", "code_not_reachable", List.of(),
				"  the parser is never called  ", "reviewed the call graph")
			.validate();
		assertThat(analysis.state()).isEqualTo(AnalysisState.NOT_AFFECTED);
		assertThat(analysis.justification()).isEqualTo(Justification.CODE_NOT_REACHABLE);
		assertThat(analysis.detail()).isEqualTo("the parser is never called");
	}

	@Test
	void notAffectedNeedsAJustification() {
		assertThat(codes(new AnalysisChange("not_affected", null, List.of(), null, "why")))
			.containsExactly("justification:triage.justification.required");
	}

	@Test
	void aJustificationBelongsOnlyToNotAffected() {
		assertThat(codes(new AnalysisChange("exploitable", "code_not_present", List.of(), null, "why")))
			.containsExactly("justification:triage.justification.onlyNotAffected");
	}

	@Test
	void everyChangeNeedsAReason() {
		assertThat(codes(new AnalysisChange("exploitable", null, List.of("update"), null, "  ")))
			.containsExactly("reason:triage.reason.required");
		assertThat(codes(new AnalysisChange("exploitable", null, List.of("update"), null, null)))
			.containsExactly("reason:triage.reason.required");
	}

	@Test
	void unknownWordsAreRefusedEachWithItsField() {
		assertThat(codes(new AnalysisChange("fixed", "because", List.of("patch"), null, "why"))).containsExactly(
				"state:triage.state.invalid", "justification:triage.justification.invalid",
				"responses:triage.response.invalid");
	}

	@Test
	void responsesAreKeptInTheirVexOrderWithoutRepeats() {
		Analysis analysis = new AnalysisChange("EXPLOITABLE", null,
				List.of("workaround_available", "update", "update", ""), null, "vendor patch announced")
			.validate();
		assertThat(analysis.responseLabels()).containsExactly("update", "workaround_available");
		assertThat(analysis.joinedResponses()).isEqualTo("update,workaround_available");
	}

	@ParameterizedTest
	@EnumSource(AnalysisState.class)
	void everyStateIsSpelledAsCycloneDxSpellsIt(AnalysisState state) {
		assertThat(AnalysisState.parse(state.label())).contains(state);
		assertThat(state.label()).matches("[a-z_]+");
	}

	@Test
	void onlyNotAffectedFalsePositiveAndResolvedDocumentThatNothingCanBeExploited() {
		assertThat(List.of(AnalysisState.values()).stream().filter(AnalysisState::documentsNoExploitation))
			.containsExactlyInAnyOrder(AnalysisState.NOT_AFFECTED, AnalysisState.FALSE_POSITIVE, AnalysisState.RESOLVED,
					AnalysisState.RESOLVED_WITH_PEDIGREE);
	}

	private static List<String> codes(AnalysisChange change) {
		return assertThatExceptionOfType(ValidationFailedException.class).isThrownBy(change::validate)
			.actual()
			.violations()
			.stream()
			.map((Violation violation) -> violation.field() + ":" + violation.code())
			.toList();
	}

}
