package dev.mamori.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import dev.mamori.assessment.scoring.InvalidCvssVectorException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing, refusals and the shape of results (V2). */
class CvssScoresTest {

	@Test
	void scoresACriticalVersionThreeOneVector() {
		CvssResult result = CvssScores.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
		assertThat(result.version()).isEqualTo(CvssVersion.V3_1);
		assertThat(result.baseScore()).isEqualByComparingTo("9.8");
		assertThat(result.baseSeverity()).isEqualTo(CvssSeverity.CRITICAL);
		assertThat(result.temporalScore()).isNull();
		assertThat(result.environmentalScore()).isNull();
		assertThat(result.score()).isEqualByComparingTo("9.8");
		assertThat(result.nomenclature()).isNull();
	}

	@Test
	void normalizesTheOrderAndDropsMetricsThatAreNotDefined() {
		CvssResult result = CvssScores.score(" CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X ");
		assertThat(result.vector()).isEqualTo("CVSS:3.0/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F");
		assertThat(result.temporalScore()).isEqualByComparingTo("3.7");
		assertThat(result.score()).isEqualByComparingTo("3.7");
	}

	@Test
	void scoresVersionTwoExactlyWhereFloatingPointWouldRoundDown() {
		CvssResult result = CvssScores.score("AV:N/AC:L/Au:S/C:C/I:C/A:C/E:F/RL:U/RC:C");
		assertThat(result.version()).isEqualTo(CvssVersion.V2_0);
		assertThat(result.baseScore()).isEqualByComparingTo("9.0");
		assertThat(result.baseSeverity()).isEqualTo(CvssSeverity.HIGH);
		assertThat(result.temporalScore()).isEqualByComparingTo("8.6");
	}

	@Test
	void givesVersionFourItsNomenclatureAndEachPartialScore() {
		CvssResult result = CvssScores
			.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/CR:L/IR:L/AR:L/U:Red");
		assertThat(result.nomenclature()).isEqualTo("CVSS-BTE");
		assertThat(result.baseScore()).isEqualByComparingTo("9.3");
		assertThat(result.threatScore()).isNotNull();
		assertThat(result.environmentalScore()).isNotNull();
		assertThat(result.score()).isLessThan(result.threatScore());
		assertThat(
				CvssScores.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P").nomenclature())
			.as("supplemental metrics change no score")
			.isEqualTo("CVSS-B");
	}

	@Test
	void givesNoSeverityAboveNoneToAZeroScore() {
		assertThat(CvssSeverity.of(CvssVersion.V3_1, BigDecimal.ZERO)).isEqualTo(CvssSeverity.NONE);
		assertThat(CvssSeverity.of(CvssVersion.V2_0, BigDecimal.ZERO)).isEqualTo(CvssSeverity.LOW);
		assertThat(CvssScores.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N").baseSeverity())
			.isEqualTo(CvssSeverity.NONE);
	}

	@ParameterizedTest(name = "{0} -> {1} at {2}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                  | EMPTY               | ''
			CVSS:5.0/AV:N                                       | UNKNOWN_VERSION     | CVSS:5.0
			CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/       | MALFORMED_PART      | ''
			CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/AH         | MALFORMED_PART      | AH
			CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/Au:N   | UNKNOWN_METRIC      | Au:N
			CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L   | DUPLICATE_METRIC    | AV:L
			CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H        | INVALID_VALUE       | AV:Q
			CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H        | INVALID_VALUE       | AV:n
			CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/A:H                | MISSING_BASE_METRIC | S, I
			AV:N/AC:L/Au:N/C:P/I:P                              | MISSING_BASE_METRIC | A
			CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N | INVALID_VALUE | SI:S
			AV:N/AC:L/Au:N/C:P/I:P/A:P/E:X                      | INVALID_VALUE       | E:X
			""")
	void refusesAnInvalidVectorWithItsReasonAndTheOffendingPart(String vector, Reason reason, String part) {
		assertThatThrownBy(() -> CvssScores.score(vector)).isInstanceOfSatisfying(InvalidCvssVectorException.class,
				(refusal) -> {
					assertThat(refusal.reason()).isEqualTo(reason);
					assertThat(refusal.offendingPart()).isEqualTo(part);
					assertThat(refusal.messageCode()).isEqualTo(reason.messageCode());
				});
	}

}
