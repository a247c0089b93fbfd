package dev.mamori.notification;

/**
 * The least severity of new findings a subscriber wants to hear about, by the highest
 * CVSS base score any source gives (the bands of CVSS 3.x: low from 0.1, medium from 4.0,
 * high from 7.0, critical from 9.0). {@link #ALL} also admits vulnerabilities no source
 * has scored yet; every other level leaves them out, as nobody can say they reach it.
 */
public enum MinimumSeverity {

	ALL(0.0), LOW(0.1), MEDIUM(4.0), HIGH(7.0), CRITICAL(9.0);

	private final double threshold;

	MinimumSeverity(double threshold) {
		this.threshold = threshold;
	}

	/** Whether news of this highest score ({@code null}: unscored) is worth a notice. */
	public boolean admits(Double highestScore) {
		if (this == ALL) {
			return true;
		}
		return highestScore != null && highestScore >= this.threshold;
	}

}
