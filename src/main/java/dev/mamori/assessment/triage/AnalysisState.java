package dev.mamori.assessment.triage;

import java.util.Optional;

/** CycloneDX's analysis state of a finding, CSAF's product status beside it. */
public enum AnalysisState {

	/** Not yet decided; what a finding without analysis is. */
	IN_TRIAGE,

	EXPLOITABLE,

	RESOLVED,

	RESOLVED_WITH_PEDIGREE,

	FALSE_POSITIVE,

	NOT_AFFECTED;

	/**
	 * Whether the state documents that the finding cannot be exploited in the product:
	 * the only states a release gate lets pass (V4).
	 */
	public boolean documentsNoExploitation() {
		return this == NOT_AFFECTED || this == FALSE_POSITIVE || this == RESOLVED || this == RESOLVED_WITH_PEDIGREE;
	}

	public String label() {
		return Labelled.label(this);
	}

	public static Optional<AnalysisState> parse(String text) {
		return Labelled.parse(AnalysisState.class, text);
	}

}
