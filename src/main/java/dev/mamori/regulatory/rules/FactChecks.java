package dev.mamori.regulatory.rules;

import dev.mamori.common.InputChecks;

/**
 * Refuses facts that contradict each other or lack what every decision needs, reporting
 * every problem at once. The facts a particular row needs are asked for by the engine.
 */
public final class FactChecks {

	private FactChecks() {
	}

	public static void check(CaseFacts facts) {
		InputChecks checks = new InputChecks();
		checks.check(facts.origin() != null, "origin", "validation.required");
		checks.check(facts.event() != null, "event", "validation.required");
		checks.check(facts.informationObtained() != null, "informationObtained", "validation.required");
		if (facts.event() != null) {
			eventFacts(facts, checks);
		}
		CyberFacts cyber = facts.cyber();
		checks.check(
				!(Boolean.FALSE.equals(cyber.vulnerableSoftwarePresent())
						&& Boolean.TRUE.equals(cyber.vulnerableSoftwareUsed())),
				"cyber.vulnerableSoftwareUsed", "report.facts.usedButAbsent");
		if (facts.approvalDate() != null && facts.informationObtained() != null) {
			checks.check(!facts.approvalDate().isAfter(facts.informationObtained()), "approvalDate",
					"report.facts.approvalAfterInformation");
		}
		checks.throwIfInvalid();
	}

	private static void eventFacts(CaseFacts facts, InputChecks checks) {
		ReportEvent event = facts.event();
		if (event.hasOutcome()) {
			checks.check(facts.outcome() != null, "outcome", "report.facts.outcomeRequired", event);
		}
		else {
			checks.check(facts.outcome() == null, "outcome", "report.facts.outcomeNotApplicable", event);
		}
		if (event == ReportEvent.MALFUNCTION) {
			checks.check(facts.potentialOutcome() != null, "potentialOutcome", "report.facts.potentialRequired");
		}
		else {
			checks.check(facts.potentialOutcome() == null, "potentialOutcome", "report.facts.potentialNotApplicable",
					event);
		}
		if (event == ReportEvent.MALFUNCTION_RATE_EXCEEDED) {
			checks.check(!Boolean.FALSE.equals(facts.designatedDevice()), "designatedDevice",
					"report.facts.rateNeedsDesignated");
		}
		if (event == ReportEvent.FOREIGN_MEASURE) {
			checks.check(facts.origin() != Origin.DOMESTIC, "origin", "report.facts.foreignMeasureIsForeign");
		}
	}

}
