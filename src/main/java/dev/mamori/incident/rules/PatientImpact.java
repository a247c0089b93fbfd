package dev.mamori.incident.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the incident did, or could do, to patients.
 *
 * @param harm whether a patient was harmed
 * @param outcome the outcome of the harm; only with {@code harm} YES
 * @param potentialOutcome what a recurrence could cause; only without harm
 */
public record PatientImpact(Answer harm, HarmOutcome outcome, PotentialOutcome potentialOutcome) {

	public PatientImpact {
		harm = (harm != null) ? harm : Answer.UNKNOWN;
	}

	public static PatientImpact unknown() {
		return new PatientImpact(Answer.UNKNOWN, null, null);
	}

	/** The message codes of what contradicts itself; empty when consistent. */
	public List<String> contradictions() {
		List<String> problems = new ArrayList<>();
		if (this.outcome != null && this.harm != Answer.YES) {
			problems.add("incident.impact.outcomeWithoutHarm");
		}
		if (this.potentialOutcome != null && this.harm == Answer.YES) {
			problems.add("incident.impact.potentialWithHarm");
		}
		return problems;
	}

}
