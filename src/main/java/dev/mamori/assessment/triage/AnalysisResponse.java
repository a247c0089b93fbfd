package dev.mamori.assessment.triage;

import java.util.Optional;

/** What the manufacturer does or offers about a finding, as CycloneDX names it. */
public enum AnalysisResponse {

	CAN_NOT_FIX, WILL_NOT_FIX, UPDATE, ROLLBACK, WORKAROUND_AVAILABLE;

	public String label() {
		return Labelled.label(this);
	}

	public static Optional<AnalysisResponse> parse(String text) {
		return Labelled.parse(AnalysisResponse.class, text);
	}

}
