package dev.mamori.regulatory.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.regulatory.ruledata.ReportingRules;
import org.junit.jupiter.api.Test;

/**
 * Which report a case owes next and by when (R2): 15 days until classified, the table's
 * deadline after, next-report dates of incomplete and follow-up reports; urgency and the
 * reminder days.
 */
class DueReportTest {

	static final HolidayCalendar CALENDAR = ReportingRules.holidays();

	static final LocalDate OBTAINED = LocalDate.of(2026, 4, 1);

	static CaseDecision decide(CaseFacts facts) {
		return CaseDecision.of(ReportingRules.table(), CALENDAR, facts);
	}

	static CaseFacts seriousMalfunction(LocalDate obtained) {
		return new CaseFacts(Origin.DOMESTIC, ReportEvent.MALFUNCTION, null, PotentialOutcome.SERIOUS, null, null, null,
				false, null, null, null, obtained);
	}

	@Test
	void anOpenCaseCountsAsFifteenDaysWhateverTheTableSays() {
		Decision thirty = decide(seriousMalfunction(OBTAINED)).decision();
		assertThat(thirty.category()).isEqualTo(Category.THIRTY_DAYS);
		DueReport due = DueReport.of(CaseState.OPEN, OBTAINED, thirty, List.of(), CALENDAR).orElseThrow();
		assertThat(due.kind()).isEqualTo(ReportKind.FIRST);
		assertThat(due.category()).isEqualTo(Category.FIFTEEN_DAYS);
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
		assertThat(due.provisional()).isTrue();
		DueReport classified = DueReport.of(CaseState.CLASSIFIED, OBTAINED, thirty, List.of(), CALENDAR).orElseThrow();
		assertThat(classified.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(classified.provisional()).isFalse();
	}

	@Test
	void aProvisionalDeadlineOnAHolidayShowsTheNextBusinessDay() {
		// obtained on Friday 2026-12-18: day 15 is Saturday 2027-01-02, in the year-end
		// closure
		DueReport due = DueReport.of(CaseState.OPEN, LocalDate.of(2026, 12, 18), null, List.of(), CALENDAR)
			.orElseThrow();
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2027, 1, 2));
		assertThat(due.nextBusinessDay()).isEqualTo(LocalDate.of(2027, 1, 4));
		// obtained on 12/28: day 15 is 2027-01-12, a Tuesday after 成人の日
		DueReport afterClosure = DueReport.of(CaseState.OPEN, LocalDate.of(2026, 12, 28), null, List.of(), CALENDAR)
			.orElseThrow();
		assertThat(afterClosure.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(afterClosure.nextBusinessDay()).isNull();
	}

	@Test
	void followUpsAreDueOnTheNextReportDateAndTheFinalReportEndsTheDeadlines() {
		Decision fifteen = decide(seriousMalfunction(OBTAINED)).decision();
		SentReport first = new SentReport(ReportKind.FIRST, true, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 8));
		DueReport next = DueReport.of(CaseState.REPORTING, OBTAINED, fifteen, List.of(first), CALENDAR).orElseThrow();
		assertThat(next.kind()).isEqualTo(ReportKind.FOLLOW_UP);
		assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 5, 8));
		SentReport complete = new SentReport(ReportKind.FIRST, false, LocalDate.of(2026, 4, 10), null);
		assertThat(DueReport.of(CaseState.REPORTING, OBTAINED, fifteen, List.of(complete), CALENDAR)).isEmpty();
		SentReport fin = new SentReport(ReportKind.FINAL, false, LocalDate.of(2026, 6, 1), null);
		assertThat(DueReport.of(CaseState.CLOSED, OBTAINED, fifteen, List.of(first, fin), CALENDAR)).isEmpty();
		assertThat(DueReport.of(CaseState.MONITORING, OBTAINED, fifteen, List.of(), CALENDAR)).isEmpty();
	}

	@Test
	void daysLeftColourAndReminderDays() {
		DueReport due = DueReport.of(CaseState.OPEN, OBTAINED, null, List.of(), CALENDAR).orElseThrow();
		assertThat(due.daysLeft(LocalDate.of(2026, 4, 1))).isEqualTo(15);
		assertThat(due.daysLeft(LocalDate.of(2026, 4, 16))).isZero();
		assertThat(due.daysLeft(LocalDate.of(2026, 4, 18))).isEqualTo(-2);
		assertThat(Urgency.of(15)).isEqualTo(Urgency.LATER);
		assertThat(Urgency.of(7)).isEqualTo(Urgency.SOON);
		assertThat(Urgency.of(3)).isEqualTo(Urgency.CRITICAL);
		assertThat(Urgency.of(0)).isEqualTo(Urgency.TODAY);
		assertThat(Urgency.of(-1)).isEqualTo(Urgency.OVERDUE);
		assertThat(java.util.stream.IntStream.rangeClosed(-2, 10).filter(Urgency::remindsAt).boxed().toList())
			.containsExactly(-2, -1, 0, 1, 3, 7);
	}

	@Test
	void missingFactsLeaveTheDecisionOpenButContradictionsAreRefused() {
		CaseDecision pending = decide(new CaseFacts(Origin.DOMESTIC, ReportEvent.HEALTH_DAMAGE, null, null, null, null,
				null, null, null, null, null, OBTAINED));
		assertThat(pending.complete()).isFalse();
		assertThat(pending.missingFacts()).contains("outcome");
		assertThat(pending.ruleSet()).isEqualTo("pmda-228-20-2/2026");
		CaseDecision needsPredictable = decide(new CaseFacts(Origin.DOMESTIC, ReportEvent.HEALTH_DAMAGE,
				Outcome.HOSPITALIZATION, null, null, null, null, null, null, true, null, OBTAINED));
		assertThat(needsPredictable.missingFacts()).contains("predictable");
		assertThatThrownBy(() -> decide(new CaseFacts(Origin.DOMESTIC, ReportEvent.FOREIGN_MEASURE, null, null, null,
				null, null, null, null, null, null, OBTAINED)))
			.isInstanceOf(ValidationFailedException.class);
		assertThatThrownBy(() -> decide(seriousMalfunction(null))).isInstanceOf(ValidationFailedException.class);
	}

}
