package dev.mamori.assessment.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import dev.mamori.assessment.rules.AssessmentRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the bundled risk matrix and every line of the exploitation rule (V3). */
class RiskMatrixTest {

	static final RiskMatrix MATRIX = AssessmentRules.riskMatrix();

	static final ExploitationRules EXPLOITATION = AssessmentRules.exploitation();

	@ParameterizedTest(name = "{0} × {1} → {2}")
	@CsvSource({ "improbable,negligible,low", "improbable,minor,low", "improbable,serious,low",
			"improbable,critical,low", "improbable,catastrophic,medium", "remote,negligible,low", "remote,minor,low",
			"remote,serious,low", "remote,critical,medium", "remote,catastrophic,medium", "occasional,negligible,low",
			"occasional,minor,low", "occasional,serious,medium", "occasional,critical,medium",
			"occasional,catastrophic,high", "probable,negligible,low", "probable,minor,medium",
			"probable,serious,medium", "probable,critical,high", "probable,catastrophic,high",
			"frequent,negligible,medium", "frequent,minor,medium", "frequent,serious,high", "frequent,critical,high",
			"frequent,catastrophic,high" })
	void evaluatesEveryCell(String probability, String severity, String level) {
		RiskEstimate estimate = MATRIX.evaluate(severity, probability);
		assertThat(estimate.level().id()).isEqualTo(level);
		assertThat(estimate.matrix()).isEqualTo(new RuleSetId("mamori-clinical-risk-matrix", "1"));
		switch (level) {
			case "low" -> {
				assertThat(estimate.acceptability()).isEqualTo(RiskAcceptability.ACCEPTABLE);
				assertThat(estimate.fda()).isEqualTo(FdaRiskClass.CONTROLLED);
			}
			case "medium" -> {
				assertThat(estimate.acceptability()).isEqualTo(RiskAcceptability.REDUCE_FURTHER);
				assertThat(estimate.fda()).isEqualTo(FdaRiskClass.UNCONTROLLED);
			}
			default -> {
				assertThat(estimate.acceptability()).isEqualTo(RiskAcceptability.UNACCEPTABLE);
				assertThat(estimate.fda()).isEqualTo(FdaRiskClass.UNCONTROLLED);
			}
		}
	}

	@ParameterizedTest(name = "score {0}, KEV {1}, EPSS {2} → {3} (line {4})")
	@CsvSource({ "2.0,true,, frequent,1,knownExploited", "2.0,false,0.7,frequent,2,epssVeryHigh",
			"2.0,false,0.5,frequent,2,epssVeryHigh", "2.0,false,0.2,probable,3,epssHigh",
			"9.1,false,,probable,4,scoreCritical", "9.0,false,0.001,probable,4,scoreCritical",
			"3.0,false,0.02,occasional,5,epssModerate", "7.5,false,,occasional,6,scoreHigh",
			"4.0,false,0.005,remote,7,scoreMedium", "3.9,false,,improbable,8,noSign", ",false,,improbable,8,noSign" })
	void derivesTheProbabilityOfExploitationByTheFirstMatchingLine(BigDecimal score, boolean kev, BigDecimal epss,
			String probability, int line, String reason) {
		ExploitationEstimate estimate = EXPLOITATION.estimate(new ExploitationEvidence(score, kev, epss));
		assertThat(estimate.probability()).isEqualTo(probability);
		assertThat(estimate.line()).isEqualTo(line);
		assertThat(estimate.reasonCode()).isEqualTo("risk.probability.reason." + reason);
		assertThat(estimate.ruleSet()).isEqualTo(new RuleSetId("mamori-exploitation-probability", "1"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "negligible,無視できる", "minor,軽微", "serious,重篤", "critical,致命的", "catastrophic,破局的" })
	void namesTheSeveritiesOfHarmInJapanese(String severity, String japanese) {
		assertThat(MATRIX.evaluate(severity, "remote").severity().ja()).isEqualTo(japanese);
	}

}
