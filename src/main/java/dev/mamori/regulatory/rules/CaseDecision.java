package dev.mamori.regulatory.rules;

import java.util.List;
import java.util.Set;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;

/**
 * The engine's answer for a case being prepared: a decision, or the facts still missing.
 * Facts that are merely not known yet do not stop a case from being saved (it counts as a
 * 15-day case meanwhile); facts that contradict each other do.
 *
 * @param decision {@code null} while facts are missing
 * @param missingFacts the facts the table needs before it can decide
 */
public record CaseDecision(Decision decision, List<String> missingFacts, String ruleSet, String ruleSetVersion) {

	private static final Set<String> MISSING = Set.of("validation.required", "report.facts.outcomeRequired",
			"report.facts.potentialRequired", "report.facts.neededForRule");

	public CaseDecision {
		missingFacts = List.copyOf(missingFacts);
	}

	/**
	 * @throws ValidationFailedException when the facts contradict each other or the
	 * information date is missing
	 */
	public static CaseDecision of(ReportRuleSet rules, HolidayCalendar calendar, CaseFacts facts) {
		if (facts.informationObtained() == null) {
			throw ValidationFailedException.of("informationObtained", "validation.required");
		}
		try {
			return new CaseDecision(DecisionEngine.decide(rules, calendar, facts), List.of(), rules.id(),
					rules.version());
		}
		catch (ValidationFailedException failure) {
			if (!failure.violations().stream().allMatch((violation) -> MISSING.contains(violation.code()))) {
				throw failure;
			}
			return new CaseDecision(null, failure.violations().stream().map(Violation::field).distinct().toList(),
					rules.id(), rules.version());
		}
	}

	public boolean complete() {
		return this.decision != null;
	}

}
