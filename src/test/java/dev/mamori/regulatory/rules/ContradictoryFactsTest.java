package dev.mamori.regulatory.rules;

import static dev.mamori.regulatory.rules.FactsBuilder.event;
import static dev.mamori.regulatory.rules.FactsBuilder.healthDamage;
import static dev.mamori.regulatory.rules.FactsBuilder.malfunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.regulatory.ruledata.ReportingRules;
import org.junit.jupiter.api.Test;

/** Contradictory or incomplete facts are refused with reasons, never guessed (R1, R2). */
class ContradictoryFactsTest {

	static List<String> refusal(FactsBuilder facts) {
		ValidationFailedException failure = catchThrowableOfType(ValidationFailedException.class,
				() -> DecisionEngine.decide(ReportingRules.table(), ReportingRules.holidays(), facts.build()));
		assertThat(failure).as("refused").isNotNull();
		return failure.violations().stream().map((violation) -> violation.field() + ":" + violation.code()).toList();
	}

	@Test
	void anOutcomeWithAMalfunctionIsRefused() {
		assertThat(refusal(malfunction(PotentialOutcome.SERIOUS).outcome(Outcome.DEATH)))
			.containsExactly("outcome:report.facts.outcomeNotApplicable");
	}

	@Test
	void aPotentialOutcomeWithHealthDamageIsRefused() {
		assertThat(refusal(healthDamage(Outcome.HOSPITALIZATION).potential(PotentialOutcome.SERIOUS)))
			.containsExactly("potentialOutcome:report.facts.potentialNotApplicable");
	}

	@Test
	void healthDamageWithoutOutcomeAndMalfunctionWithoutPotentialAreRefused() {
		assertThat(refusal(healthDamage(null))).containsExactly("outcome:report.facts.outcomeRequired");
		assertThat(refusal(malfunction(null))).containsExactly("potentialOutcome:report.facts.potentialRequired");
	}

	@Test
	void everyMissingBasicFactIsReportedAtOnce() {
		assertThat(refusal(event(null).origin(null).obtained(null))).containsExactlyInAnyOrder(
				"origin:validation.required", "event:validation.required", "informationObtained:validation.required");
	}

	@Test
	void usedButAbsentSoftwareIsRefused() {
		assertThat(refusal(malfunction(PotentialOutcome.SERIOUS).cyber(false, true, false)))
			.containsExactly("cyber.vulnerableSoftwareUsed:report.facts.usedButAbsent");
	}

	@Test
	void anApprovalAfterTheInformationDateIsRefused() {
		assertThat(refusal(healthDamage(Outcome.NON_SERIOUS).approval("2026-05-01")))
			.containsExactly("approvalDate:report.facts.approvalAfterInformation");
	}

	@Test
	void aRateExceedanceOfANonDesignatedDeviceIsRefused() {
		assertThat(refusal(event(ReportEvent.MALFUNCTION_RATE_EXCEEDED).designated(false)))
			.containsExactly("designatedDevice:report.facts.rateNeedsDesignated");
	}

	@Test
	void aDomesticForeignMeasureIsRefused() {
		assertThat(refusal(event(ReportEvent.FOREIGN_MEASURE)))
			.containsExactly("origin:report.facts.foreignMeasureIsForeign");
	}

	@Test
	void aKnownSeriousCaseWithUnknownTrendAsksForTheTrendFacts() {
		assertThat(refusal(healthDamage(Outcome.HOSPITALIZATION).known().trend(null, null)))
			.containsExactly("trendChange:report.facts.neededForRule", "trendUnpredictable:report.facts.neededForRule");
	}

	@Test
	void anUnknownPredictabilityIsAskedForRatherThanGuessed() {
		ValidationFailedException failure = catchThrowableOfType(ValidationFailedException.class,
				() -> DecisionEngine.decide(ReportingRules.table(), ReportingRules.holidays(),
						healthDamage(Outcome.HOSPITALIZATION).predictable(null).build()));
		assertThat(failure.violations()).extracting(Violation::field).containsExactly("predictable");
		assertThat(failure.violations().get(0).arguments()).containsExactly("5");
	}

	@Test
	void aDomesticDeathNeedsNoPredictability() {
		assertThat(DecisionEngine
			.decide(ReportingRules.table(), ReportingRules.holidays(),
					healthDamage(Outcome.DEATH).predictable(null).build())
			.rule()).isEqualTo("3");
	}

}
