package dev.mamori.assessment.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.mamori.assessment.triage.AnalysisState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The release gate's rule (V4), at every state and at the severity boundary. */
class ReleaseGateTest {

	@ParameterizedTest(name = "{0} at {1} blocks: {2}")
	@CsvSource({ "IN_TRIAGE,9.8,true", "EXPLOITABLE,9.8,true", "NOT_AFFECTED,9.8,false", "FALSE_POSITIVE,9.8,false",
			"RESOLVED,9.8,false", "RESOLVED_WITH_PEDIGREE,9.8,false", "IN_TRIAGE,7.0,true", "EXPLOITABLE,7.0,true",
			"IN_TRIAGE,6.9,false", "EXPLOITABLE,6.9,false", "IN_TRIAGE,0.0,false" })
	void blocksSevereFindingsWithoutEvidenceTheyCannotBeExploited(AnalysisState state, double score, boolean blocks) {
		GateResult result = ReleaseGate.check(List.of(finding("CVE-2026-0001", score, state)));
		assertThat(result.passed()).isEqualTo(!blocks);
		assertThat(result.blocking()).hasSize(blocks ? 1 : 0);
	}

	@Test
	void aFindingNoSourceScoredDoesNotBlock() {
		assertThat(ReleaseGate.check(List.of(finding("CVE-2026-0002", null, AnalysisState.IN_TRIAGE))).passed())
			.isTrue();
	}

	@Test
	void aVersionWithoutFindingsPasses() {
		assertThat(ReleaseGate.check(List.of()).passed()).isTrue();
	}

	@Test
	void listsTheBlockingFindingsTheMostSevereFirst() {
		GateResult result = ReleaseGate.check(List.of(finding("CVE-2026-0003", 7.5, AnalysisState.EXPLOITABLE),
				finding("CVE-2026-0004", 9.1, AnalysisState.IN_TRIAGE),
				finding("CVE-2026-0005", 9.8, AnalysisState.NOT_AFFECTED)));
		assertThat(result.passed()).isFalse();
		assertThat(result.blocking()).extracting(GateFinding::vulnerability)
			.containsExactly("CVE-2026-0004", "CVE-2026-0003");
		assertThat(result.blocking()).extracting(GateFinding::severity).containsExactly("critical", "high");
	}

	private static GateFinding finding(String vulnerability, Double score, AnalysisState state) {
		return new GateFinding(UUID.randomUUID(), "pkg:npm/example", vulnerability, score, state);
	}

}
