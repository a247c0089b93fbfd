package dev.mamori.assessment.scoring;

/**
 * Scores CVSS 2.0, 3.0, 3.1 and 4.0 vectors (V2). This is Mamori's CVSS API; which code
 * computes a score behind it is not part of the contract.
 */
public final class CvssScores {

	private static final CvssCalculator VERSION_2 = new Cvss2Calculator();

	private static final CvssCalculator LIBRARY = new MetaeffektCalculator();

	private CvssScores() {
	}

	/**
	 * Parses and scores a vector string.
	 * @throws InvalidCvssVectorException when the string is not a valid vector
	 */
	public static CvssResult score(String vector) {
		return score(CvssVector.parse(vector));
	}

	/** Scores a parsed vector. */
	public static CvssResult score(CvssVector vector) {
		Scores scores = ((vector.version() == CvssVersion.V2_0) ? VERSION_2 : LIBRARY).scores(vector);
		return new CvssResult(vector.version(), vector.toString(), scores.base(),
				CvssSeverity.of(vector.version(), scores.base()), scores.temporal(), scores.threat(),
				scores.environmental(), scores.overall(), CvssSeverity.of(vector.version(), scores.overall()),
				nomenclature(vector));
	}

	private static String nomenclature(CvssVector vector) {
		if (vector.version() != CvssVersion.V4_0) {
			return null;
		}
		return "CVSS-B" + (vector.defines(MetricGroup.THREAT) ? "T" : "")
				+ (vector.defines(MetricGroup.ENVIRONMENTAL) ? "E" : "");
	}

}
