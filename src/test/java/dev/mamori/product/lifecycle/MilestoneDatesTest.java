package dev.mamori.product.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dev.mamori.common.InputChecks;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.product.LifecyclePhase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P2 (T§6.6.1, Fig. 1): the phase of a version on any day follows from its milestones.
 */
class MilestoneDatesTest {

	static final LocalDate RELEASE = LocalDate.of(2020, 4, 1);

	static final LocalDate EOL = LocalDate.of(2026, 3, 31);

	static final LocalDate EOS = LocalDate.of(2028, 3, 31);

	static final MilestoneDates DATES = new MilestoneDates(RELEASE, EOL, EOS);

	@Nested
	class PhaseOnBoundaryDays {

		@Test
		void isInDevelopmentTheDayBeforeRelease() {
			assertThat(DATES.phaseOn(RELEASE.minusDays(1))).isEqualTo(LifecyclePhase.DEVELOPMENT);
		}

		@Test
		void isSupportedFromTheReleaseDay() {
			assertThat(DATES.phaseOn(RELEASE)).isEqualTo(LifecyclePhase.SUPPORT);
		}

		@Test
		void isStillSupportedTheDayBeforeEol() {
			assertThat(DATES.phaseOn(EOL.minusDays(1))).isEqualTo(LifecyclePhase.SUPPORT);
		}

		@Test
		void entersLimitedSupportOnTheEolDay() {
			assertThat(DATES.phaseOn(EOL)).isEqualTo(LifecyclePhase.LIMITED_SUPPORT);
		}

		@Test
		void isInLimitedSupportTheDayBeforeEos() {
			assertThat(DATES.phaseOn(EOS.minusDays(1))).isEqualTo(LifecyclePhase.LIMITED_SUPPORT);
		}

		@Test
		void endsSupportOnTheEosDay() {
			assertThat(DATES.phaseOn(EOS)).isEqualTo(LifecyclePhase.END_OF_SUPPORT);
			assertThat(DATES.phaseOn(EOS.plusYears(20))).isEqualTo(LifecyclePhase.END_OF_SUPPORT);
		}

	}

	@Nested
	class UnknownDates {

		@Test
		void isInDevelopmentWhileTheReleaseDateIsUnknown() {
			MilestoneDates dates = new MilestoneDates(null, EOL, EOS);
			assertThat(dates.phaseOn(EOS.plusYears(1))).isEqualTo(LifecyclePhase.DEVELOPMENT);
		}

		@Test
		void staysSupportedWhileEolAndEosAreUnknown() {
			MilestoneDates dates = new MilestoneDates(RELEASE, null, null);
			assertThat(dates.phaseOn(RELEASE.plusYears(30))).isEqualTo(LifecyclePhase.SUPPORT);
		}

		@Test
		void endsSupportAtEosEvenWithoutEol() {
			MilestoneDates dates = new MilestoneDates(RELEASE, null, EOS);
			assertThat(dates.phaseOn(EOS.minusDays(1))).isEqualTo(LifecyclePhase.SUPPORT);
			assertThat(dates.phaseOn(EOS)).isEqualTo(LifecyclePhase.END_OF_SUPPORT);
		}

		@Test
		void staysInLimitedSupportWhileEosIsUnknown() {
			MilestoneDates dates = new MilestoneDates(RELEASE, EOL, null);
			assertThat(dates.phaseOn(EOL.plusYears(10))).isEqualTo(LifecyclePhase.LIMITED_SUPPORT);
		}

		@Test
		void flagsAReleasedVersionWithoutAnEndOfLifePlan() {
			assertThat(new MilestoneDates(RELEASE, null, EOS).lacksEndOfLifePlanOn(RELEASE)).isTrue();
			assertThat(new MilestoneDates(RELEASE, EOL, null).lacksEndOfLifePlanOn(RELEASE)).isTrue();
			assertThat(new MilestoneDates(RELEASE, null, null).lacksEndOfLifePlanOn(RELEASE.minusDays(1))).isFalse();
			assertThat(DATES.lacksEndOfLifePlanOn(RELEASE)).isFalse();
		}

	}

	@Nested
	class Validation {

		@Test
		void acceptsEqualDates() {
			assertThat(new MilestoneDates(RELEASE, RELEASE, RELEASE).phaseOn(RELEASE))
				.isEqualTo(LifecyclePhase.END_OF_SUPPORT);
		}

		@Test
		void refusesEosBeforeEolOnTheEosField() {
			InputChecks checks = new InputChecks();
			assertThat(MilestoneDates.check(checks, RELEASE, EOL, EOL.minusDays(1))).isNull();
			assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
					(failure) -> assertThat(failure.violations()).extracting(Violation::field, Violation::code)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("eosDate", "version.eos.beforeEol")));
		}

		@Test
		void refusesEolBeforeRelease() {
			InputChecks checks = new InputChecks();
			MilestoneDates.check(checks, RELEASE, RELEASE.minusDays(1), null);
			assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
					(failure) -> assertThat(failure.violations()).extracting(Violation::code)
						.containsExactly("version.eol.beforeRelease"));
		}

		@Test
		void refusesEosBeforeReleaseWhenEolIsUnknown() {
			InputChecks checks = new InputChecks();
			MilestoneDates.check(checks, RELEASE, null, RELEASE.minusDays(1));
			assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
					(failure) -> assertThat(failure.violations()).extracting(Violation::code)
						.containsExactly("version.eos.beforeRelease"));
		}

		@Test
		void acceptsAnyKnownDatesAlone() {
			InputChecks checks = new InputChecks();
			assertThat(MilestoneDates.check(checks, null, null, EOS)).isEqualTo(new MilestoneDates(null, null, EOS));
			assertThat(checks.isValid()).isTrue();
		}

		@Test
		void cannotBeBuiltOutOfOrder() {
			assertThatThrownBy(() -> new MilestoneDates(EOL, RELEASE, EOS))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

}
