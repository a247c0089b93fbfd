package dev.mamori.assessment.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;

/**
 * A request to set a finding's analysis, as entered (text from a form or JSON), and the
 * rules it must keep: a known state; a justification for {@code not_affected} and only
 * for it (CycloneDX and CSAF VEX need one to say why); known responses; and a reason for
 * every change, because the audit log must say why (V2).
 */
public record AnalysisChange(String state, String justification, List<String> responses, String detail, String reason) {

	static final int MAX_TEXT = 4000;

	public AnalysisChange {
		responses = (responses == null) ? List.of() : List.copyOf(responses);
	}

	/**
	 * The analysis this change sets.
	 * @throws ValidationFailedException naming every rule broken
	 */
	public Analysis validate() {
		List<Violation> violations = new ArrayList<>();
		AnalysisState parsedState = AnalysisState.parse(this.state).orElse(null);
		if (parsedState == null) {
			violations.add(Violation.of("state", "triage.state.invalid", String.valueOf(this.state)));
		}
		Justification parsedJustification = null;
		if (this.justification != null && !this.justification.isBlank()) {
			parsedJustification = Justification.parse(this.justification).orElse(null);
			if (parsedJustification == null) {
				violations.add(Violation.of("justification", "triage.justification.invalid", this.justification));
			}
			else if (parsedState != null && parsedState != AnalysisState.NOT_AFFECTED) {
				violations.add(Violation.of("justification", "triage.justification.onlyNotAffected"));
			}
		}
		else if (parsedState == AnalysisState.NOT_AFFECTED) {
			violations.add(Violation.of("justification", "triage.justification.required"));
		}
		Set<AnalysisResponse> parsedResponses = new LinkedHashSet<>();
		for (String response : this.responses) {
			if (response == null || response.isBlank()) {
				continue;
			}
			AnalysisResponse.parse(response)
				.ifPresentOrElse(parsedResponses::add,
						() -> violations.add(Violation.of("responses", "triage.response.invalid", response)));
		}
		if (this.reason == null || this.reason.isBlank()) {
			violations.add(Violation.of("reason", "triage.reason.required"));
		}
		else if (this.reason.length() > MAX_TEXT) {
			violations.add(Violation.of("reason", "triage.text.tooLong", MAX_TEXT));
		}
		if (this.detail != null && this.detail.length() > MAX_TEXT) {
			violations.add(Violation.of("detail", "triage.text.tooLong", MAX_TEXT));
		}
		if (!violations.isEmpty()) {
			throw new ValidationFailedException(violations);
		}
		return new Analysis(parsedState, parsedJustification, parsedResponses, this.detail);
	}

	public String strippedReason() {
		return (this.reason != null) ? this.reason.strip() : null;
	}

}
