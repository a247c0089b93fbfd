package dev.mamori.regulatory.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The report a case owes next and by when (R2). Until the case is classified it counts as
 * a 15-day case from the information date, whatever the facts so far suggest (F§4(1)).
 * After an incomplete first report or a follow-up, the next-report date of the latest
 * report is the deadline of the next follow-up.
 *
 * @param nextBusinessDay the next business day when {@code dueDate} is not one; alerts go
 * by the calendar date
 */
public record DueReport(ReportKind kind, Category category, LocalDate dueDate, LocalDate nextBusinessDay,
		boolean provisional) {

	public static Optional<DueReport> of(CaseState state, LocalDate informationObtained, Decision decision,
			List<SentReport> reports, HolidayCalendar calendar) {
		if (state == CaseState.CLOSED || state == CaseState.MONITORING) {
			return Optional.empty();
		}
		if (reports.isEmpty()) {
			if (state == CaseState.OPEN || decision == null) {
				LocalDate due = Deadlines.daysAfter(informationObtained, 15);
				return Optional.of(new DueReport(ReportKind.FIRST, Category.FIFTEEN_DAYS, due,
						calendar.nextBusinessDayIfClosed(due).orElse(null), true));
			}
			if (decision.dueDate() == null) {
				return Optional.empty();
			}
			return Optional.of(new DueReport(ReportKind.FIRST, decision.category(), decision.dueDate(),
					decision.nextBusinessDay(), false));
		}
		SentReport last = reports.get(reports.size() - 1);
		if (last.kind() == ReportKind.FINAL || last.nextReportDate() == null) {
			return Optional.empty();
		}
		Category category = (decision != null) ? decision.category() : Category.FIFTEEN_DAYS;
		return Optional.of(new DueReport(ReportKind.FOLLOW_UP, category, last.nextReportDate(),
				calendar.nextBusinessDayIfClosed(last.nextReportDate()).orElse(null), false));
	}

	public long daysLeft(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, this.dueDate);
	}

}
