package dev.mamori.assessment.gate;

import java.util.Objects;
import java.util.UUID;

import dev.mamori.assessment.triage.AnalysisState;

/**
 * One finding as the gate weighs it: the severity it shows (the highest CVSS base score a
 * source states) and its analysis state ({@code in_triage} when nobody analysed it).
 *
 * @param baseScore {@code null} when no source states a score
 */
public record GateFinding(UUID findingId, String component, String vulnerability, Double baseScore,
		AnalysisState state) {

	public GateFinding {
		Objects.requireNonNull(findingId, "findingId");
		Objects.requireNonNull(vulnerability, "vulnerability");
		Objects.requireNonNull(state, "state");
	}

	/** High (7.0–8.9) or critical (9.0–10.0), as CVSS v3.x and v4.0 band base scores. */
	public boolean severe() {
		return this.baseScore != null && this.baseScore >= ReleaseGate.SEVERE_SCORE;
	}

	/** {@code critical}, {@code high} … as the findings API spells it. */
	public String severity() {
		if (this.baseScore == null) {
			return "unknown";
		}
		if (this.baseScore >= 9.0) {
			return "critical";
		}
		if (this.baseScore >= ReleaseGate.SEVERE_SCORE) {
			return "high";
		}
		if (this.baseScore >= 4.0) {
			return "medium";
		}
		return (this.baseScore > 0.0) ? "low" : "none";
	}

}
