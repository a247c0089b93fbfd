package dev.mamori.incident.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import dev.mamori.common.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** States, malware evidence before removal (I2) and patient-impact consistency. */
class IncidentRulesTest {

	static final Instant T = Instant.parse("2026-04-01T01:00:00Z");

	@Test
	void incidentsMoveForwardAndMayBeReopened() {
		assertThat(IncidentState.OPEN.next()).containsExactly(IncidentState.INVESTIGATING);
		assertThat(IncidentState.INVESTIGATING.canMoveTo(IncidentState.CONTAINED)).isTrue();
		assertThat(IncidentState.CLOSED.canMoveTo(IncidentState.INVESTIGATING)).isTrue();
		assertThat(IncidentState.OPEN.canMoveTo(IncidentState.CLOSED)).isFalse();
		assertThat(IncidentState.CONTAINED.canMoveTo(IncidentState.CLOSED)).isFalse();
		assertThat(IncidentState.RESOLVED.isActive()).isFalse();
	}

	@Test
	void malwareEvidenceIsCapturedBeforeRemoval() {
		MalwareHandling removed = MalwareHandling.none()
			.captureEvidence("USB メモリ", "sha256:ab", null, T, "psirt")
			.recordRemoval(T.plusSeconds(60), "psirt", null);
		assertThat(removed.evidenceCaptured()).isTrue();
		assertThat(removed.removed()).isTrue();
		assertThat(removed.removalWithoutEvidenceReason()).isNull();
	}

	@Test
	void refusesRemovalBeforeEvidenceWithoutAReason() {
		assertThatThrownBy(() -> MalwareHandling.none().recordRemoval(T, "psirt", " "))
			.isInstanceOf(ValidationFailedException.class)
			.satisfies((failure) -> assertThat(((ValidationFailedException) failure).violations())
				.anyMatch((v) -> v.code().equals("incident.malware.evidenceFirst")));
	}

	@Test
	void removalBeforeEvidenceKeepsItsDocumentedReason() {
		MalwareHandling removed = MalwareHandling.none().recordRemoval(T, "hospital", "治療継続のため即時復旧");
		assertThat(removed.found()).isTrue();
		assertThat(removed.removalWithoutEvidenceReason()).isEqualTo("治療継続のため即時復旧");
	}

	@Test
	void evidenceCannotBeReplacedAfterRemoval() {
		MalwareHandling removed = MalwareHandling.none()
			.captureEvidence("network", null, null, T, "psirt")
			.recordRemoval(T, "psirt", null);
		assertThatThrownBy(() -> removed.captureEvidence("other", null, null, T, "psirt"))
			.isInstanceOf(ValidationFailedException.class);
	}

	@Test
	void evidenceNeedsTheInfectionRoute() {
		assertThatThrownBy(() -> MalwareHandling.none().captureEvidence(null, "hash", null, T, "psirt"))
			.isInstanceOf(ValidationFailedException.class);
	}

	@Test
	void patientImpactMustNotContradictItself() {
		assertThat(new PatientImpact(Answer.NO, HarmOutcome.DEATH, null).contradictions())
			.containsExactly("incident.impact.outcomeWithoutHarm");
		assertThat(new PatientImpact(Answer.YES, null, PotentialOutcome.SERIOUS).contradictions())
			.containsExactly("incident.impact.potentialWithHarm");
		assertThat(new PatientImpact(Answer.YES, HarmOutcome.HOSPITALIZATION, null).contradictions()).isEmpty();
		assertThat(new PatientImpact(null, null, null).harm()).isEqualTo(Answer.UNKNOWN);
	}

}
