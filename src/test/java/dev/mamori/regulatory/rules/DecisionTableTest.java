package dev.mamori.regulatory.rules;

import static dev.mamori.regulatory.rules.FactsBuilder.event;
import static dev.mamori.regulatory.rules.FactsBuilder.healthDamage;
import static dev.mamori.regulatory.rules.FactsBuilder.infection;
import static dev.mamori.regulatory.rules.FactsBuilder.malfunction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.mamori.regulatory.ruledata.ReportingRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every row of the default decision table (REPORTING.md) and every worked example of the
 * notice (F§4(2)), each with the rule, category, form, fax and due date it must give
 * (R1–R6).
 */
class DecisionTableTest {

	static Decision decide(FactsBuilder facts) {
		return DecisionEngine.decide(ReportingRules.table(), ReportingRules.holidays(), facts.build());
	}

	static void assertRow(Decision decision, String rule, Category category, String form) {
		assertThat(decision.rule()).isEqualTo(rule);
		assertThat(decision.category()).isEqualTo(category);
		assertThat(decision.form()).isEqualTo(form);
		assertThat(decision.ruleSet()).isEqualTo("pmda-228-20-2/2026");
		assertThat(decision.reportable()).isEqualTo(category != Category.NOT_REPORTABLE);
		assertThat(decision.reasons()).isNotEmpty();
	}

	@Nested
	class Rows {

		@Test
		void row0MalfunctionWithoutHarmAndVulnerableSoftwareAbsentIsNotReportableButMonitoredR5() {
			Decision decision = decide(malfunction(PotentialOutcome.SERIOUS).cyber(false, false, false));
			assertRow(decision, "0", Category.NOT_REPORTABLE, null);
			assertThat(decision.monitor()).isTrue();
			assertThat(decision.dueDate()).isNull();
			assertThat(decision.article()).isEqualTo("F§4(3)");
		}

		@Test
		void row0AppliesWhenTheSoftwareIsPresentButUnusedOrTheRiskIsReducedR5() {
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).cyber(true, false, false)), "0",
					Category.NOT_REPORTABLE, null);
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).cyber(true, true, true)), "0",
					Category.NOT_REPORTABLE, null);
		}

		@Test
		void row0DoesNotApplyWhenTheCyberFactsAreUnknownR5() {
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).cyber(null, null, null)), "11", Category.THIRTY_DAYS,
					"8");
		}

		@Test
		void row0NeverCoversHealthDamageR5() {
			assertRow(decide(healthDamage(Outcome.HOSPITALIZATION).cyber(true, false, true)), "5",
					Category.FIFTEEN_DAYS, "8");
		}

		@Test
		void row1ForeignSafetyMeasureIsFifteenDaysOnFormTenWithFaxR2() {
			Decision decision = decide(event(ReportEvent.FOREIGN_MEASURE).foreign().predictable(null));
			assertRow(decision, "1", Category.FIFTEEN_DAYS, "10");
			assertThat(decision.firstReportByFax()).isTrue();
			assertThat(decision.article()).isEqualTo("第2項第1号チ");
			assertThat(decision.dueDate()).isEqualTo("2026-04-16");
		}

		@Test
		void row2DesignatedDeviceRateExceededIsFifteenDaysOnFormNine() {
			Decision decision = decide(event(ReportEvent.MALFUNCTION_RATE_EXCEEDED).designated());
			assertRow(decision, "2", Category.FIFTEEN_DAYS, "9");
			assertThat(decision.article()).isEqualTo("第2項第1号ニ、ホ");
			assertThat(decide(event(ReportEvent.MALFUNCTION_RATE_EXCEEDED).designated().foreign()).rule())
				.isEqualTo("2");
		}

		@Test
		void row3DomesticDeathKnownOrUnknownIsFifteenDaysWithFaxR2() {
			for (Boolean predictable : new Boolean[] { true, false }) {
				Decision decision = decide(healthDamage(Outcome.DEATH).predictable(predictable));
				assertRow(decision, "3", Category.FIFTEEN_DAYS, "8");
				assertThat(decision.firstReportByFax()).isTrue();
				assertThat(decision.article()).isEqualTo("第2項第1号イ");
			}
		}

		@Test
		void row4ForeignDeathUnknownOrWithTrendConcernIsFifteenDaysWithoutFax() {
			assertRow(decide(healthDamage(Outcome.DEATH).foreign()), "4", Category.FIFTEEN_DAYS, "8");
			assertRow(decide(healthDamage(Outcome.DEATH).foreign().known().trendUnpredictable()), "4",
					Category.FIFTEEN_DAYS, "8");
			Decision decision = decide(healthDamage(Outcome.DEATH).foreign().known().trendChange());
			assertRow(decision, "4", Category.FIFTEEN_DAYS, "8");
			assertThat(decision.firstReportByFax()).isFalse();
		}

		@Test
		void foreignKnownDeathWithTrendAsPredictedIsNotReportableIndividually() {
			assertRow(decide(healthDamage(Outcome.DEATH).foreign().known()), "15", Category.NOT_REPORTABLE, null);
		}

		@Test
		void row5EverySeriousOutcomeUnknownIsFifteenDaysDomesticOrForeign() {
			for (Outcome outcome : new Outcome[] { Outcome.DISABILITY, Outcome.LIFE_THREATENING,
					Outcome.HOSPITALIZATION, Outcome.OTHER_SERIOUS, Outcome.CONGENITAL }) {
				assertRow(decide(healthDamage(outcome)), "5", Category.FIFTEEN_DAYS, "8");
				assertRow(decide(healthDamage(outcome).foreign()), "5", Category.FIFTEEN_DAYS, "8");
			}
			assertThat(decide(healthDamage(Outcome.DISABILITY)).article()).isEqualTo("第2項第1号ハ");
		}

		@Test
		void row5KnownSeriousWithTrendConcernIsFifteenDays() {
			assertRow(decide(healthDamage(Outcome.HOSPITALIZATION).known().trendUnpredictable()), "5",
					Category.FIFTEEN_DAYS, "8");
			assertRow(decide(healthDamage(Outcome.HOSPITALIZATION).foreign().known().trendChange()), "5",
					Category.FIFTEEN_DAYS, "8");
		}

		@Test
		void row6DomesticUnknownInfectionOfAnySeverityIsFifteenDays() {
			Decision decision = decide(infection(Outcome.NON_SERIOUS));
			assertRow(decision, "6", Category.FIFTEEN_DAYS, "8");
			assertThat(decision.article()).isEqualTo("第2項第1号ヘ");
		}

		@Test
		void row7SeriousOrFatalInfectionDomesticOrForeignIsFifteenDays() {
			assertRow(decide(infection(Outcome.DEATH).foreign().known()), "7", Category.FIFTEEN_DAYS, "8");
			assertRow(decide(infection(Outcome.HOSPITALIZATION).known()), "7", Category.FIFTEEN_DAYS, "8");
			assertRow(decide(infection(Outcome.NON_SERIOUS).known()), "15", Category.NOT_REPORTABLE, null);
			assertRow(decide(infection(Outcome.NON_SERIOUS).foreign()), "15", Category.NOT_REPORTABLE, null);
		}

		@Test
		void row8KnownDomesticSeriousWithDesignatedDeviceIsPeriodicOnFormElevenMarkedCheck() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).known().designated());
			assertRow(decision, "8", Category.PERIODIC, "11");
			assertThat(decision.dueDate()).isEqualTo("2026-08-31");
			assertThat(decision.reasons()).anyMatch((reason) -> reason.en().contains("least certain"));
		}

		@Test
		void row9KnownDomesticSeriousWithTrendAsPredictedIsThirtyDays() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).known());
			assertRow(decision, "9", Category.THIRTY_DAYS, "8");
			assertThat(decision.article()).isEqualTo("第2項第2号イ");
			assertThat(decision.deadlineDays()).isEqualTo(30);
			assertThat(decision.dueDate()).isEqualTo("2026-05-01");
		}

		@Test
		void foreignKnownSeriousWithTrendAsPredictedIsNotReportableIndividually() {
			assertRow(decide(healthDamage(Outcome.HOSPITALIZATION).foreign().known()), "15", Category.NOT_REPORTABLE,
					null);
		}

		@Test
		void row10DesignatedDeviceMalfunctionThatCouldCauseSeriousHarmIsPeriodic() {
			Decision decision = decide(malfunction(PotentialOutcome.SERIOUS).designated());
			assertRow(decision, "10", Category.PERIODIC, "11");
			assertThat(decision.article()).isEqualTo("第2項第3号イ");
		}

		@Test
		void row11MalfunctionThatCouldCauseSeriousHarmIsThirtyDaysDomesticKnownOrUnknownOrForeignUnknownR3() {
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS)), "11", Category.THIRTY_DAYS, "8");
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).known()), "11", Category.THIRTY_DAYS, "8");
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).foreign()), "11", Category.THIRTY_DAYS, "8");
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).foreign().known()), "15", Category.NOT_REPORTABLE,
					null);
		}

		@Test
		void row12ResearchReportIsThirtyDaysOnFormTen() {
			Decision decision = decide(event(ReportEvent.RESEARCH_REPORT));
			assertRow(decision, "12", Category.THIRTY_DAYS, "10");
			assertThat(decision.article()).isEqualTo("第2項第2号ハ");
		}

		@Test
		void row13UnknownDomesticNonSeriousCaseIsPeriodicOnFormTwelve() {
			Decision decision = decide(healthDamage(Outcome.NON_SERIOUS));
			assertRow(decision, "13", Category.PERIODIC, "12");
			assertThat(decision.dueDate()).isEqualTo("2026-08-31");
			assertRow(decide(healthDamage(Outcome.NON_SERIOUS).known()), "15", Category.NOT_REPORTABLE, null);
			assertRow(decide(healthDamage(Outcome.NON_SERIOUS).foreign()), "15", Category.NOT_REPORTABLE, null);
		}

		@Test
		void row14UnknownDomesticMalfunctionThatCouldCauseANonSeriousCaseIsPeriodicOnFormTwelve() {
			assertRow(decide(malfunction(PotentialOutcome.NON_SERIOUS)), "14", Category.PERIODIC, "12");
			assertRow(decide(malfunction(PotentialOutcome.NON_SERIOUS).known()), "15", Category.NOT_REPORTABLE, null);
		}

		@Test
		void row15MalfunctionThatCannotCauseHarmIsNotReportableButWatched() {
			Decision decision = decide(malfunction(PotentialOutcome.NONE));
			assertRow(decision, "15", Category.NOT_REPORTABLE, null);
			assertThat(decision.monitor()).isTrue();
			assertThat(decision.article()).isNull();
		}

		@Test
		void healthDamageWithoutSuspectedCausalityIsNotReportable() {
			assertRow(decide(healthDamage(Outcome.DEATH).causality(false)), "15", Category.NOT_REPORTABLE, null);
		}

	}

	/** F§4(2), as REPORTING.md lists them (R4). */
	@Nested
	class WorkedExamples {

		@Test
		void example1ExploitedNetworkedDeviceMisoperatedWithoutHarmIsThirtyDaysOnFormEightR4() {
			for (Boolean predictable : new Boolean[] { true, false }) {
				Decision decision = decide(malfunction(PotentialOutcome.SERIOUS).predictable(predictable));
				assertRow(decision, "11", Category.THIRTY_DAYS, "8");
				assertThat(decision.dueDate()).isEqualTo("2026-05-01");
			}
		}

		@Test
		void example2LegacyDeviceWithoutTheUpgradeIsTheSameAsExample1R6() {
			// Legacy or past EOS is not a fact of the table: nothing in the decision
			// changes.
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).approval("2005-04-01")), "11", Category.THIRTY_DAYS,
					"8");
		}

		@Test
		void example3DdosStoppedAnImagingDeviceIsRow11R4() {
			assertRow(decide(malfunction(PotentialOutcome.SERIOUS).cyber(null, null, false)), "11",
					Category.THIRTY_DAYS, "8");
		}

		@Test
		void example4InfusionPumpOverdoseCausingHospitalizationUnforeseenIsFifteenDaysR4() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION));
			assertRow(decision, "5", Category.FIFTEEN_DAYS, "8");
			assertThat(decision.deadlineDays()).isEqualTo(15);
			assertThat(decision.dueDate()).isEqualTo("2026-04-16");
			assertThat(decision.firstReportByFax()).isFalse();
		}

		@Test
		void example5InsulinPumpHypoglycaemiaRequiringHospitalizationIsRow5R4() {
			assertRow(decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-06-10")), "5", Category.FIFTEEN_DAYS,
					"8");
		}

		@Test
		void example6DefibrillatorPacingFailureDeathInJapanIsFifteenDaysWithFaxR4() {
			Decision decision = decide(healthDamage(Outcome.DEATH));
			assertRow(decision, "3", Category.FIFTEEN_DAYS, "8");
			assertThat(decision.firstReportByFax()).isTrue();
		}

		@Test
		void vulnerabilityInAnUnusedComponentWithoutHarmIsNotReportableAndMonitoredR5() {
			Decision decision = decide(malfunction(PotentialOutcome.SERIOUS).cyber(true, false, false));
			assertRow(decision, "0", Category.NOT_REPORTABLE, null);
			assertThat(decision.monitor()).isTrue();
		}

	}

	/** Boundary dates: a Friday, before a holiday, 12/28 (R2). */
	@Nested
	class BoundaryDates {

		@Test
		void obtainedOnAFridayFifteenDaysFallOnASaturdayAndTheNextBusinessDayIsMonday() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-04-03"));
			assertThat(decision.dueDate()).isEqualTo("2026-04-18");
			assertThat(decision.nextBusinessDay()).isEqualTo("2026-04-20");
		}

		@Test
		void obtainedOnAFridayThirtyDaysFallOnASundayAndTheNextBusinessDayIsMonday() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).known().obtained("2026-04-03"));
			assertThat(decision.dueDate()).isEqualTo("2026-05-03");
			assertThat(decision.nextBusinessDay()).isEqualTo("2026-05-07");
		}

		@Test
		void dueOnGoldenWeekSkipsTheSubstituteHolidayToo() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-04-19"));
			assertThat(decision.dueDate()).isEqualTo("2026-05-04");
			assertThat(decision.nextBusinessDay()).isEqualTo("2026-05-07");
		}

		@Test
		void obtainedTheDayBeforeAHolidayCountsTheHolidayAsADay() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-09-21"));
			assertThat(decision.dueDate()).isEqualTo("2026-10-06");
			assertThat(decision.nextBusinessDay()).isNull();
		}

		@Test
		void obtainedOnDecember28TheCountRunsThroughTheYearEndClosure() {
			Decision fifteen = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-12-28"));
			assertThat(fifteen.dueDate()).isEqualTo("2027-01-12");
			assertThat(fifteen.nextBusinessDay()).isNull();
			Decision thirty = decide(healthDamage(Outcome.HOSPITALIZATION).known().obtained("2026-12-28"));
			assertThat(thirty.dueDate()).isEqualTo("2027-01-27");
		}

		@Test
		void dueInTheYearEndClosureMovesToTheFirstBusinessDayOfJanuary() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-12-14"));
			assertThat(decision.dueDate()).isEqualTo("2026-12-29");
			assertThat(decision.nextBusinessDay()).isEqualTo("2027-01-04");
		}

		@Test
		void dueOnABusinessDayHasNoNextBusinessDay() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2026-04-01"));
			assertThat(decision.dueDate()).isEqualTo("2026-04-16");
			assertThat(decision.nextBusinessDay()).isNull();
		}

		@Test
		void periodicDueOnASaturdayShowsTheNextBusinessDay() {
			Decision decision = decide(healthDamage(Outcome.NON_SERIOUS).approval("2020-06-01").obtained("2026-07-01"));
			assertThat(decision.period().start()).isEqualTo("2026-06-01");
			assertThat(decision.period().end()).isEqualTo("2027-05-31");
			assertThat(decision.dueDate()).isEqualTo("2027-07-31");
			assertThat(decision.nextBusinessDay()).isEqualTo("2027-08-02");
		}

		@Test
		void periodicWithoutApprovalDateHasNoDueDateAndSaysWhy() {
			Decision decision = decide(healthDamage(Outcome.NON_SERIOUS).approval(null));
			assertThat(decision.category()).isEqualTo(Category.PERIODIC);
			assertThat(decision.dueDate()).isNull();
			assertThat(decision.reasons()).anyMatch((reason) -> reason.en().contains("approval date is unknown"));
		}

		@Test
		void aDueDateBeyondTheCalendarSaysTheHolidaysAreNotKnown() {
			Decision decision = decide(healthDamage(Outcome.HOSPITALIZATION).obtained("2029-03-01"));
			assertThat(decision.dueDate()).isEqualTo(LocalDate.parse("2029-03-16"));
			assertThat(decision.reasons()).anyMatch((reason) -> reason.en().contains("does not cover"));
		}

	}

}
