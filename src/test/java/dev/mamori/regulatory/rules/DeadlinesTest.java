package dev.mamori.regulatory.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 民法 第140条 and the yearly periods of 第228条の20 第2項第3号 (R2). */
class DeadlinesTest {

	static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void dayZeroIsTheInformationDate() {
		assertThat(Deadlines.daysAfter(date("2026-04-01"), 15)).isEqualTo("2026-04-16");
		assertThat(Deadlines.daysAfter(date("2026-04-01"), 30)).isEqualTo("2026-05-01");
	}

	@Test
	void thePeriodOfTheWorkedExampleEndsOnJune30AndIsDueOnAugust31() {
		Deadlines.Period period = Deadlines.periodContaining(date("2020-07-01"), date("2026-04-01"));
		assertThat(period).isEqualTo(new Deadlines.Period(date("2025-07-01"), date("2026-06-30"), date("2026-08-31")));
	}

	@Test
	void anInformationDateOnTheAnniversaryStartsTheNewPeriod() {
		assertThat(Deadlines.periodContaining(date("2020-07-01"), date("2026-07-01")).start()).isEqualTo("2026-07-01");
		assertThat(Deadlines.periodContaining(date("2020-07-01"), date("2026-06-30")).start()).isEqualTo("2025-07-01");
	}

	@Test
	void theFirstPeriodStartsOnTheApprovalDate() {
		assertThat(Deadlines.periodContaining(date("2026-03-10"), date("2026-03-10")))
			.isEqualTo(new Deadlines.Period(date("2026-03-10"), date("2027-03-09"), date("2027-05-09")));
	}

	@Test
	void twoMonthsAfterAPeriodEndingInDecemberEndAtTheEndOfFebruary() {
		Deadlines.Period period = Deadlines.periodContaining(date("2020-01-01"), date("2026-05-05"));
		assertThat(period.end()).isEqualTo("2026-12-31");
		assertThat(period.due()).isEqualTo("2027-02-28");
	}

	@Test
	void aLeapDayApprovalHasItsAnniversaryOnMarchFirstInCommonYears() {
		Deadlines.Period period = Deadlines.periodContaining(date("2024-02-29"), date("2026-02-28"));
		assertThat(period.start()).isEqualTo("2025-03-01");
		assertThat(period.end()).isEqualTo("2026-02-28");
		assertThat(period.due()).isEqualTo("2026-04-30");
	}

	@Test
	void anInformationDateBeforeTheApprovalIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Deadlines.periodContaining(date("2026-01-01"), date("2025-12-31")));
	}

}
