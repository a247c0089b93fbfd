package dev.mamori.product.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** P4 (T§6.6.1, Table 2): what is owed to hospitals at each milestone, and by when. */
class ObligationScheduleTest {

	static final ObligationCatalog CATALOG = new ObligationCatalog("test", "1", 90, 30, List.of(
			new ObligationDefinition("SECURITY_POLICY", Milestone.RELEASE, "P4", "セキュリティポリシー", "Security policy"),
			new ObligationDefinition("EOL_NOTICE", Milestone.EOL, "P4", "EOL の通知", "EOL notice"),
			new ObligationDefinition("EOS_NOTICE", Milestone.EOS, "P4", "EOS の通知", "EOS notice"),
			new ObligationDefinition("MILESTONE_CHANGE_NOTICE", Milestone.CHANGE, "P4", "変更の通知", "Change notice")));

	static final LocalDate RELEASE = LocalDate.of(2024, 4, 1);

	static final LocalDate EOL = LocalDate.of(2030, 3, 31);

	static final LocalDate EOS = LocalDate.of(2032, 3, 31);

	static final MilestoneDates DATES = new MilestoneDates(RELEASE, EOL, EOS);

	static Obligation find(List<Obligation> obligations, String key) {
		return obligations.stream().filter((obligation) -> obligation.key().equals(key)).findFirst().orElseThrow();
	}

	static List<Obligation> on(LocalDate day) {
		return ObligationSchedule.of(CATALOG, DATES, List.of(), Map.of(), day);
	}

	@Nested
	class DueDates {

		@Test
		void datesEachObligationOnItsMilestone() {
			List<Obligation> obligations = on(RELEASE);
			assertThat(find(obligations, "SECURITY_POLICY").dueDate()).isEqualTo(RELEASE);
			assertThat(find(obligations, "EOL_NOTICE").dueDate()).isEqualTo(EOL);
			assertThat(find(obligations, "EOS_NOTICE").dueDate()).isEqualTo(EOS);
		}

		@Test
		void leavesObligationsOfUnknownMilestonesUnscheduled() {
			List<Obligation> obligations = ObligationSchedule.of(CATALOG, new MilestoneDates(RELEASE, null, null),
					List.of(), Map.of(), RELEASE);
			assertThat(find(obligations, "EOL_NOTICE").status()).isEqualTo(ObligationStatus.UNSCHEDULED);
			assertThat(find(obligations, "EOL_NOTICE").dueDate()).isNull();
		}

	}

	@Nested
	class Status {

		@Test
		void isUpcomingBeforeTheDueSoonWindow() {
			assertThat(find(on(EOL.minusDays(91)), "EOL_NOTICE").status()).isEqualTo(ObligationStatus.UPCOMING);
		}

		@Test
		void becomesDueNinetyDaysBeforeTheMilestone() {
			assertThat(find(on(EOL.minusDays(90)), "EOL_NOTICE").status()).isEqualTo(ObligationStatus.DUE);
		}

		@Test
		void isStillDueOnTheMilestoneItself() {
			assertThat(find(on(EOL), "EOL_NOTICE").status()).isEqualTo(ObligationStatus.DUE);
		}

		@Test
		void isOverdueTheDayAfter() {
			assertThat(find(on(EOL.plusDays(1)), "EOL_NOTICE").status()).isEqualTo(ObligationStatus.OVERDUE);
		}

		@Test
		void isDoneOnceRecordedEvenIfLate() {
			Completion late = new Completion("EOL_NOTICE", EOL.plusDays(10), DeliveryChannel.LETTER, "", "psirt");
			List<Obligation> obligations = ObligationSchedule.of(CATALOG, DATES, List.of(), Map.of("EOL_NOTICE", late),
					EOL.plusDays(20));
			assertThat(find(obligations, "EOL_NOTICE").status()).isEqualTo(ObligationStatus.DONE);
			assertThat(find(obligations, "EOL_NOTICE").completion()).isEqualTo(late);
		}

		@Test
		void ignoresACompletionDatedAfterTheDayAsked() {
			Completion late = new Completion("EOL_NOTICE", EOL.plusDays(10), DeliveryChannel.LETTER, "", "psirt");
			List<Obligation> obligations = ObligationSchedule.of(CATALOG, DATES, List.of(), Map.of("EOL_NOTICE", late),
					EOL.plusDays(5));
			assertThat(find(obligations, "EOL_NOTICE").status()).isEqualTo(ObligationStatus.OVERDUE);
			assertThat(find(obligations, "EOL_NOTICE").completion()).isNull();
		}

	}

	@Nested
	class ChangeNotices {

		static final LocalDate CHANGED_ON = LocalDate.of(2026, 6, 1);

		static MilestoneChange eolMovedTo(LocalDate to) {
			return new MilestoneChange(UUID.randomUUID(), EOL, to, EOS, EOS, CHANGED_ON, "supplier ended the module");
		}

		static Obligation notice(MilestoneChange change, LocalDate day) {
			return find(ObligationSchedule.of(CATALOG, DATES, List.of(change), Map.of(), day),
					"MILESTONE_CHANGE_NOTICE:" + change.id());
		}

		@Test
		void owesANoticeThirtyDaysAfterTheChange() {
			MilestoneChange change = eolMovedTo(LocalDate.of(2028, 3, 31));
			assertThat(notice(change, CHANGED_ON).dueDate()).isEqualTo(CHANGED_ON.plusDays(30));
		}

		@Test
		void owesItByTheNewDateWhenThatComesSooner() {
			MilestoneChange change = eolMovedTo(CHANGED_ON.plusDays(10));
			assertThat(notice(change, CHANGED_ON).dueDate()).isEqualTo(CHANGED_ON.plusDays(10));
		}

		@Test
		void owesItAtOnceWhenTheNewDateHasPassed() {
			MilestoneChange change = eolMovedTo(CHANGED_ON.minusDays(10));
			assertThat(notice(change, CHANGED_ON).dueDate()).isEqualTo(CHANGED_ON);
		}

		@Test
		void owesOneNoticeForAnEditThatMovesBothDates() {
			MilestoneChange change = new MilestoneChange(UUID.randomUUID(), EOL, EOL.plusYears(1), EOS,
					EOS.plusYears(1), CHANGED_ON, "extended");
			List<Obligation> obligations = ObligationSchedule.of(CATALOG, DATES, List.of(change), Map.of(), CHANGED_ON);
			assertThat(obligations).filteredOn((obligation) -> obligation.change() != null).hasSize(1);
		}

		@Test
		void doesNotOweANoticeBeforeTheChangeIsMade() {
			MilestoneChange change = eolMovedTo(LocalDate.of(2028, 3, 31));
			assertThat(ObligationSchedule.of(CATALOG, DATES, List.of(change), Map.of(), CHANGED_ON.minusDays(1)))
				.noneMatch((obligation) -> obligation.change() != null);
		}

		@Test
		void isNotAChangeWhenNeitherDateMoves() {
			assertThat(
					MilestoneChange.between(DATES, new MilestoneDates(RELEASE.plusDays(1), EOL, EOS), CHANGED_ON, ""))
				.isEmpty();
			assertThat(MilestoneChange.between(DATES, new MilestoneDates(RELEASE, null, EOS), CHANGED_ON, ""))
				.hasValueSatisfying((change) -> {
					assertThat(change.eolChanged()).isTrue();
					assertThat(change.eosChanged()).isFalse();
				});
		}

	}

}
