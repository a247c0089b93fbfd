package dev.mamori.regulatory.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the decision table says about a case.
 *
 * @param deadlineDays 15 or 30; {@code null} for periodic and not-reportable
 * @param dueDate the calendar deadline; for a periodic report from the approval date,
 * {@code null} without it
 * @param nextBusinessDay the next business day when the due date is not one, else
 * {@code null}; alerts go by the calendar date
 * @param period the yearly period of a periodic report, else {@code null}
 * @param form 様式 "8".."12" or {@code null}
 * @param monitor the case stays open for re-evaluation
 */
public record Decision(boolean reportable, Category category, Integer deadlineDays, LocalDate dueDate,
		LocalDate nextBusinessDay, Deadlines.Period period, String form, boolean firstReportByFax, String ruleSet,
		String ruleSetVersion, String rule, String article, List<Reason> reasons, boolean monitor) {

	public Decision {
		reasons = List.copyOf(reasons);
	}

}
