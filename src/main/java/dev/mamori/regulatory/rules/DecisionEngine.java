package dev.mamori.regulatory.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;

/**
 * Facts → decision: the first row of the table that matches wins (REPORTING.md). A row
 * that might match but needs a fact that is not known stops the evaluation and asks for
 * it, since a later row could give a weaker answer than the truth.
 */
public final class DecisionEngine {

	private DecisionEngine() {
	}

	public static Decision decide(ReportRuleSet rules, HolidayCalendar calendar, CaseFacts facts) {
		FactChecks.check(facts);
		RuleRow row = firstMatch(rules, facts);
		List<Reason> reasons = new ArrayList<>();
		reasons.add(row.reason());
		Category category = row.category();
		LocalDate due = null;
		Deadlines.Period period = null;
		if (category.deadlineDays().isPresent()) {
			due = Deadlines.daysAfter(facts.informationObtained(), category.deadlineDays().getAsInt());
			reasons.add(DeadlineReasons.days(facts.informationObtained(), category.deadlineDays().getAsInt(), due));
		}
		else if (category == Category.PERIODIC) {
			if (facts.approvalDate() != null) {
				period = Deadlines.periodContaining(facts.approvalDate(), facts.informationObtained());
				due = period.due();
				reasons.add(DeadlineReasons.periodic(facts.approvalDate(), period));
			}
			else {
				reasons.add(DeadlineReasons.periodicWithoutApproval());
			}
		}
		LocalDate next = null;
		if (due != null) {
			next = calendar.nextBusinessDayIfClosed(due).orElse(null);
			if (next != null) {
				reasons.add(DeadlineReasons.nextBusinessDay(due, next));
			}
			if (!calendar.covers(due)) {
				reasons.add(DeadlineReasons.calendarDoesNotCover(calendar, due));
			}
		}
		if (row.check()) {
			reasons.add(DeadlineReasons.uncertainRow());
		}
		return new Decision(category.reportable(), category,
				category.deadlineDays().isPresent() ? category.deadlineDays().getAsInt() : null, due, next, period,
				row.form(), row.firstReportByFax(), rules.id(), rules.version(), row.rule(), row.article(), reasons,
				row.monitor());
	}

	static RuleRow firstMatch(ReportRuleSet rules, CaseFacts facts) {
		for (RuleRow row : rules.rows()) {
			TreeSet<String> missing = new TreeSet<>();
			for (Condition condition : row.when()) {
				Condition.Match match = condition.test(facts);
				if (match.holds()) {
					return row;
				}
				missing.addAll(match.missing());
			}
			if (!missing.isEmpty()) {
				List<Violation> violations = missing.stream()
					.map((fact) -> Violation.of(fact, "report.facts.neededForRule", row.rule()))
					.toList();
				throw new ValidationFailedException(violations);
			}
		}
		throw new IllegalStateException("the last rule of " + rules.id() + " matches everything");
	}

}
