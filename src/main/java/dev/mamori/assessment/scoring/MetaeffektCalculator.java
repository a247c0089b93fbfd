package dev.mamori.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;

import org.metaeffekt.core.security.cvss.v3.Cvss3;
import org.metaeffekt.core.security.cvss.v3.Cvss3P0;
import org.metaeffekt.core.security.cvss.v3.Cvss3P1;
import org.metaeffekt.core.security.cvss.v4P0.Cvss4P0;

/**
 * CVSS 3.0, 3.1 and 4.0 by {@code org.metaeffekt.core:ae-security}. Only this class knows
 * the library: it receives vectors Mamori has already validated and normalized, so the
 * library's lenient parsing never decides what is valid.
 */
final class MetaeffektCalculator implements CvssCalculator {

	@Override
	public Scores scores(CvssVector vector) {
		return (vector.version() == CvssVersion.V4_0) ? scores4(vector) : scores3(vector);
	}

	private static Scores scores3(CvssVector vector) {
		String text = vector.toString();
		Cvss3 cvss = (vector.version() == CvssVersion.V3_0) ? new Cvss3P0(text) : new Cvss3P1(text);
		BigDecimal base = decimal(cvss.getBaseScore());
		BigDecimal temporal = vector.defines(MetricGroup.TEMPORAL) ? decimal(cvss.getTemporalScore()) : null;
		BigDecimal environmental = vector.defines(MetricGroup.ENVIRONMENTAL) ? decimal(cvss.getEnvironmentalScore())
				: null;
		BigDecimal overall = (environmental != null) ? environmental : (temporal != null) ? temporal : base;
		return new Scores(base, temporal, null, environmental, overall);
	}

	/**
	 * CVSS 4.0 has one equation over all metrics; the base, threat and environmental
	 * scores are that equation over the metrics their nomenclature names.
	 */
	private static Scores scores4(CvssVector vector) {
		BigDecimal base = score4(vector.only(EnumSet.of(MetricGroup.BASE)));
		BigDecimal threat = vector.defines(MetricGroup.THREAT)
				? score4(vector.only(EnumSet.of(MetricGroup.BASE, MetricGroup.THREAT))) : null;
		BigDecimal environmental = vector.defines(MetricGroup.ENVIRONMENTAL)
				? score4(vector.only(EnumSet.of(MetricGroup.BASE, MetricGroup.ENVIRONMENTAL))) : null;
		return new Scores(base, null, threat, environmental, score4(vector));
	}

	private static BigDecimal score4(CvssVector vector) {
		return decimal(new Cvss4P0(vector.toString()).getOverallScore());
	}

	private static BigDecimal decimal(double score) {
		if (Double.isNaN(score) || score < 0 || score > 10) {
			throw new IllegalStateException("the CVSS library gave no score in 0..10: " + score);
		}
		return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
	}

}
