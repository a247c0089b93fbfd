package dev.mamori.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * CVSS 2.0 (the equations of the specification, section 3.2) in exact decimal arithmetic.
 * <p>
 * Mamori computes 2.0 itself because the library rounds binary floating point: for
 * {@code AV:N/AC:L/Au:S/C:C/I:C/A:C/E:F/RL:U/RC:C} the temporal score is 9.0 × 0.95 =
 * 8.55, which rounds to 8.6, but {@code 9.0 * 0.95} is 8.549999… in a {@code double} and
 * the library answers 8.5. The reference data (Red Hat's vectors) expects 8.6.
 */
final class Cvss2Calculator implements CvssCalculator {

	private static final Map<String, Map<String, String>> WEIGHTS = Map.ofEntries(
			Map.entry("AV", Map.of("L", "0.395", "A", "0.646", "N", "1.0")),
			Map.entry("AC", Map.of("H", "0.35", "M", "0.61", "L", "0.71")),
			Map.entry("Au", Map.of("M", "0.45", "S", "0.56", "N", "0.704")),
			Map.entry("C", Map.of("N", "0", "P", "0.275", "C", "0.660")),
			Map.entry("I", Map.of("N", "0", "P", "0.275", "C", "0.660")),
			Map.entry("A", Map.of("N", "0", "P", "0.275", "C", "0.660")),
			Map.entry("E", Map.of("U", "0.85", "POC", "0.9", "F", "0.95", "H", "1.00", "ND", "1.00")),
			Map.entry("RL", Map.of("OF", "0.87", "TF", "0.90", "W", "0.95", "U", "1.00", "ND", "1.00")),
			Map.entry("RC", Map.of("UC", "0.90", "UR", "0.95", "C", "1.00", "ND", "1.00")),
			Map.entry("CDP", Map.of("N", "0", "L", "0.1", "LM", "0.3", "MH", "0.4", "H", "0.5", "ND", "0")),
			Map.entry("TD", Map.of("N", "0", "L", "0.25", "M", "0.75", "H", "1.0", "ND", "1.0")),
			Map.entry("CR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")),
			Map.entry("IR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")),
			Map.entry("AR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")));

	private static final BigDecimal TEN = BigDecimal.TEN;

	@Override
	public Scores scores(CvssVector vector) {
		BigDecimal exploitability = new BigDecimal("20").multiply(weight(vector, "AV"))
			.multiply(weight(vector, "AC"))
			.multiply(weight(vector, "Au"));
		BigDecimal impact = new BigDecimal("10.41")
			.multiply(BigDecimal.ONE.subtract(notAffected(vector, "C", null).multiply(notAffected(vector, "I", null))
				.multiply(notAffected(vector, "A", null))));
		BigDecimal base = baseEquation(impact, exploitability);
		BigDecimal temporal = temporalEquation(vector, base);
		BigDecimal environmental = null;
		if (vector.defines(MetricGroup.ENVIRONMENTAL)) {
			BigDecimal adjustedImpact = TEN.min(new BigDecimal("10.41").multiply(
					BigDecimal.ONE.subtract(notAffected(vector, "C", "CR").multiply(notAffected(vector, "I", "IR"))
						.multiply(notAffected(vector, "A", "AR")))));
			BigDecimal adjustedTemporal = temporalEquation(vector, baseEquation(adjustedImpact, exploitability));
			environmental = round(adjustedTemporal.add(TEN.subtract(adjustedTemporal).multiply(weight(vector, "CDP")))
				.multiply(weight(vector, "TD")));
		}
		boolean temporalDefined = vector.defines(MetricGroup.TEMPORAL);
		BigDecimal overall = (environmental != null) ? environmental : temporalDefined ? temporal : base;
		return new Scores(base, temporalDefined ? temporal : null, null, environmental, overall);
	}

	private static BigDecimal baseEquation(BigDecimal impact, BigDecimal exploitability) {
		BigDecimal fImpact = (impact.signum() == 0) ? BigDecimal.ZERO : new BigDecimal("1.176");
		return round(new BigDecimal("0.6").multiply(impact)
			.add(new BigDecimal("0.4").multiply(exploitability))
			.subtract(new BigDecimal("1.5"))
			.multiply(fImpact));
	}

	private static BigDecimal temporalEquation(CvssVector vector, BigDecimal base) {
		return round(base.multiply(weight(vector, "E")).multiply(weight(vector, "RL")).multiply(weight(vector, "RC")));
	}

	/** {@code 1 - impact × requirement} for one of C, I, A. */
	private static BigDecimal notAffected(CvssVector vector, String impact, String requirement) {
		BigDecimal affected = weight(vector, impact);
		if (requirement != null) {
			affected = affected.multiply(weight(vector, requirement));
		}
		return BigDecimal.ONE.subtract(affected);
	}

	private static BigDecimal weight(CvssVector vector, String metric) {
		String value = vector.get(metric);
		return new BigDecimal(WEIGHTS.get(metric).get((value != null) ? value : "ND"));
	}

	/** The specification's round_to_1_decimal; a negative zero becomes 0.0. */
	private static BigDecimal round(BigDecimal value) {
		BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? BigDecimal.ZERO.setScale(1) : rounded;
	}

}
