package dev.mamori.regulatory.internal;

import dev.mamori.common.InputChecks;

/** Length and character checks of what people type into a case. */
final class CaseInputs {

	private CaseInputs() {
	}

	static ReportDraft draft(ReportDraft draft, InputChecks checks) {
		return new ReportDraft(draft.occurredOn(), checks.optionalText("patientInitials", draft.patientInitials(), 20),
				checks.optionalText("patientAge", draft.patientAge(), 20),
				checks.optionalText("patientSex", draft.patientSex(), 20),
				checks.optionalText("patientOutcome", draft.patientOutcome(), 500),
				checks.optionalText("lotSerial", draft.lotSerial(), 500), text(checks, "eventText", draft.event()),
				text(checks, "investigation", draft.investigation()),
				text(checks, "actionsSoFar", draft.actionsSoFar()),
				text(checks, "plannedActions", draft.plannedActions()));
	}

	private static String text(InputChecks checks, String field, String value) {
		return checks.optionalText(field, value, 20000);
	}

}
