package dev.mamori.regulatory.internal;

import java.time.LocalDate;

/**
 * What the next report says, beyond the case's facts: the fields of PMDA's form that a
 * person writes. Each report sent keeps a copy of the draft as it was.
 *
 * @param patientAge free text ("60代", "64"), as the form allows ranges
 */
public record ReportDraft(LocalDate occurredOn, String patientInitials, String patientAge, String patientSex,
		String patientOutcome, String lotSerial, String event, String investigation, String actionsSoFar,
		String plannedActions) {

	public static final ReportDraft EMPTY = new ReportDraft(null, null, null, null, null, null, null, null, null, null);

}
