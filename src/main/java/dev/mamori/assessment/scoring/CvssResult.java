package dev.mamori.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scores of one CVSS vector. Scores have one decimal. A score a version does not
 * have, or that the vector gives no metric for, is {@code null}.
 *
 * @param vector the normalized vector string
 * @param baseScore the score of the base metrics alone (CVSS-B in 4.0)
 * @param temporalScore 2.0 and 3.x: the temporal score, when the vector defines a
 * temporal metric
 * @param threatScore 4.0: the score of the base and threat metrics (CVSS-BT), when the
 * vector defines Exploit Maturity
 * @param environmentalScore 2.0 and 3.x: the environmental score; 4.0: the score of the
 * base and environmental metrics (CVSS-BE); when the vector defines an environmental
 * metric
 * @param score the score of the vector as given: the environmental score if there is one,
 * else the temporal or threat score, else the base score; in 4.0 it is the score its
 * {@code nomenclature} names (CVSS-BTE when both threat and environmental metrics are
 * set)
 * @param nomenclature 4.0 only: {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or
 * {@code CVSS-BTE}
 */
public record CvssResult(CvssVersion version, String vector, BigDecimal baseScore, CvssSeverity baseSeverity,
		BigDecimal temporalScore, BigDecimal threatScore, BigDecimal environmentalScore, BigDecimal score,
		CvssSeverity severity, String nomenclature) {

	public CvssResult {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(vector, "vector");
		Objects.requireNonNull(baseScore, "baseScore");
		Objects.requireNonNull(baseSeverity, "baseSeverity");
		Objects.requireNonNull(score, "score");
		Objects.requireNonNull(severity, "severity");
	}

}
