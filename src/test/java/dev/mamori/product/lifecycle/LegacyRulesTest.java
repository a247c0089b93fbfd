package dev.mamori.product.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.mamori.common.InputChecks;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.product.LegacyStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P5 (T§6.6.1, glossary): legacy means not protectable by updates nor by compensating
 * controls, whatever the age.
 */
class LegacyRulesTest {

	static final LocalDate RELEASE = LocalDate.of(2010, 4, 1);

	static final LocalDate EOL = LocalDate.of(2020, 4, 1);

	static final LocalDate EOS = LocalDate.of(2023, 4, 1);

	static final MilestoneDates DATES = new MilestoneDates(RELEASE, EOL, EOS);

	static final Set<String> CONTROLS = Set.of("FIREWALL", "NETWORK_SEGMENTATION");

	static LegacyAssessment byUpdates(LocalDate on) {
		return new LegacyAssessment(on, true, null, Set.of(), "signed updates", "psirt",
				Instant.parse("2024-01-01T00:00:00Z"));
	}

	static LegacyAssessment byControls(LocalDate on, Set<String> controls) {
		return new LegacyAssessment(on, false, true, controls, "firewall", "psirt",
				Instant.parse("2024-01-01T00:00:00Z"));
	}

	static LegacyAssessment unprotectable(LocalDate on) {
		return new LegacyAssessment(on, false, false, Set.of(), "no way", "psirt",
				Instant.parse("2024-01-01T00:00:00Z"));
	}

	static List<String> codes(LegacyEvaluation evaluation) {
		return evaluation.reasons().stream().map(Reason::code).toList();
	}

	@Nested
	class WithoutAssessment {

		@Test
		void isNotAssessedAndQuietBeforeEos() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(), DATES, Set.of(), EOS.minusDays(1));
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_ASSESSED);
			assertThat(evaluation.needsAttention()).isFalse();
			assertThat(codes(evaluation)).containsExactly("legacy.reason.notAssessed");
		}

		@Test
		void flagsAVersionPastEosWithoutAssessment() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(), DATES, Set.of(), EOS);
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_ASSESSED);
			assertThat(evaluation.needsAttention()).isTrue();
			assertThat(codes(evaluation)).contains("legacy.reason.missingPastEos");
		}

		@Test
		void ignoresAssessmentsDatedAfterTheDayAsked() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(unprotectable(EOS.plusDays(1))), DATES, Set.of(),
					EOS);
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_ASSESSED);
		}

	}

	@Nested
	class AgeNeverDecides {

		@Test
		void aTwentyYearOldVersionProtectedByUpdatesIsNotLegacy() {
			MilestoneDates old = new MilestoneDates(LocalDate.of(2000, 1, 1), null, null);
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(byUpdates(LocalDate.of(2020, 1, 1))), old,
					Set.of(), LocalDate.of(2020, 1, 2));
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_LEGACY);
			assertThat(evaluation.needsAttention()).isFalse();
		}

		@Test
		void aOneYearOldVersionThatCannotBeProtectedIsLegacy() {
			MilestoneDates young = new MilestoneDates(LocalDate.of(2023, 1, 1), LocalDate.of(2030, 1, 1), null);
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(unprotectable(LocalDate.of(2024, 1, 1))), young,
					Set.of(), LocalDate.of(2024, 1, 2));
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.LEGACY);
			assertThat(codes(evaluation)).containsExactly("legacy.reason.cannotBeProtected");
		}

	}

	@Nested
	class CompensatingControls {

		@Test
		void aVersionPastEosSecuredByItsControlsIsNotLegacy() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(byControls(EOS, CONTROLS)), DATES, CONTROLS,
					EOS.plusYears(3));
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_LEGACY);
			assertThat(evaluation.needsAttention()).isFalse();
			assertThat(evaluation.reasons().get(0).arguments())
				.contains(new ControlIds(List.of("FIREWALL", "NETWORK_SEGMENTATION")));
		}

		@Test
		void asksForReassessmentWhenAControlItReliedOnIsNoLongerSpecified() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(byControls(EOS, CONTROLS)), DATES,
					Set.of("FIREWALL"), EOS.plusYears(1));
			assertThat(evaluation.status()).isEqualTo(LegacyStatus.NOT_LEGACY);
			assertThat(evaluation.needsAttention()).isTrue();
			assertThat(codes(evaluation)).contains("legacy.reason.controlsChanged");
		}

	}

	@Nested
	class UpdatesEndAtEos {

		@Test
		void asksForReassessmentWhenAnUpdateBasedAssessmentPredatesEos() {
			LegacyEvaluation before = LegacyRules.evaluate(List.of(byUpdates(EOL)), DATES, Set.of(), EOS.minusDays(1));
			LegacyEvaluation after = LegacyRules.evaluate(List.of(byUpdates(EOL)), DATES, Set.of(), EOS);
			assertThat(before.needsAttention()).isFalse();
			assertThat(after.needsAttention()).isTrue();
			assertThat(codes(after)).contains("legacy.reason.updatesEnded");
		}

		@Test
		void trustsAnUpdateBasedAssessmentMadeAfterEos() {
			LegacyEvaluation evaluation = LegacyRules.evaluate(List.of(byUpdates(EOS.plusDays(1))), DATES, Set.of(),
					EOS.plusDays(2));
			assertThat(evaluation.needsAttention()).isFalse();
		}

	}

	@Nested
	class History {

		@Test
		void usesTheLatestAssessmentOnOrBeforeTheDay() {
			List<LegacyAssessment> history = List.of(unprotectable(LocalDate.of(2021, 1, 1)),
					byControls(LocalDate.of(2022, 1, 1), CONTROLS));
			assertThat(LegacyRules.evaluate(history, DATES, CONTROLS, LocalDate.of(2021, 6, 1)).status())
				.isEqualTo(LegacyStatus.LEGACY);
			assertThat(LegacyRules.evaluate(history, DATES, CONTROLS, LocalDate.of(2022, 1, 1)).status())
				.isEqualTo(LegacyStatus.NOT_LEGACY);
		}

		@Test
		void prefersTheLastRecordedOfTwoAssessmentsOnOneDay() {
			LocalDate day = LocalDate.of(2022, 1, 1);
			LegacyAssessment first = new LegacyAssessment(day, false, false, Set.of(), "first", "a",
					Instant.parse("2022-01-01T01:00:00Z"));
			LegacyAssessment second = new LegacyAssessment(day, true, null, Set.of(), "second", "b",
					Instant.parse("2022-01-01T02:00:00Z"));
			assertThat(LegacyRules.latestOn(List.of(second, first), day)).contains(second);
		}

	}

	@Nested
	class NewAssessments {

		static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

		List<String> violations(LocalDate on, Boolean updates, Boolean controls, Set<String> specified) {
			InputChecks checks = new InputChecks();
			LegacyRules.checkNew(checks, on, updates, controls, specified, TODAY);
			try {
				checks.throwIfInvalid();
				return List.of();
			}
			catch (ValidationFailedException failure) {
				return failure.violations().stream().map(Violation::code).toList();
			}
		}

		@Test
		void refusesAFutureDate() {
			assertThat(violations(TODAY.plusDays(1), true, null, Set.of())).containsExactly("legacy.assessedOn.future");
			assertThat(violations(TODAY, true, null, Set.of())).isEmpty();
		}

		@Test
		void needsTheControlsAnswerWhenUpdatesCannotProtect() {
			assertThat(violations(TODAY, false, null, CONTROLS)).containsExactly("legacy.controls.answerRequired");
		}

		@Test
		void refusesControlsThatAreNotSpecified() {
			assertThat(violations(TODAY, false, true, Set.of())).containsExactly("legacy.controls.noneSpecified");
			assertThat(violations(TODAY, false, true, CONTROLS)).isEmpty();
		}

		@Test
		void requiresTheFirstAnswer() {
			assertThat(violations(TODAY, null, null, Set.of())).containsExactly("validation.required");
		}

		@Test
		void cannotRecordAnIncompleteNoAnswer() {
			assertThatThrownBy(() -> new LegacyAssessment(TODAY, false, null, Set.of(), "x", "a", Instant.now()))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

}
