package dev.mamori.assessment.scoring;

import java.math.BigDecimal;

/**
 * The qualitative severity of a score. CVSS 3.x and 4.0 define it (None 0.0, Low 0.1–3.9,
 * Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0). CVSS 2.0 defines none; Mamori uses
 * NVD's ranges (Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0), as the data it meets does.
 */
public enum CvssSeverity {

	NONE, LOW, MEDIUM, HIGH, CRITICAL;

	private static final BigDecimal FOUR = new BigDecimal("4.0");

	private static final BigDecimal SEVEN = new BigDecimal("7.0");

	private static final BigDecimal NINE = new BigDecimal("9.0");

	/** The severity of a score of the given version. */
	public static CvssSeverity of(CvssVersion version, BigDecimal score) {
		if (version == CvssVersion.V2_0) {
			return (score.compareTo(SEVEN) >= 0) ? HIGH : (score.compareTo(FOUR) >= 0) ? MEDIUM : LOW;
		}
		if (score.signum() == 0) {
			return NONE;
		}
		if (score.compareTo(FOUR) < 0) {
			return LOW;
		}
		if (score.compareTo(SEVEN) < 0) {
			return MEDIUM;
		}
		return (score.compareTo(NINE) < 0) ? HIGH : CRITICAL;
	}

	/** The message code of this severity's label. */
	public String messageCode() {
		return "cvss.severity." + name();
	}

}
