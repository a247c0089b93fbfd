package dev.mamori.assessment.triage;

import java.util.Optional;

/** Why a finding is {@link AnalysisState#NOT_AFFECTED}, as CycloneDX names it. */
public enum Justification {

	CODE_NOT_PRESENT, CODE_NOT_REACHABLE, REQUIRES_CONFIGURATION, REQUIRES_DEPENDENCY, REQUIRES_ENVIRONMENT,
	PROTECTED_BY_COMPILER, PROTECTED_AT_RUNTIME, PROTECTED_AT_PERIMETER, PROTECTED_BY_MITIGATING_CONTROL;

	public String label() {
		return Labelled.label(this);
	}

	public static Optional<Justification> parse(String text) {
		return Labelled.parse(Justification.class, text);
	}

}
