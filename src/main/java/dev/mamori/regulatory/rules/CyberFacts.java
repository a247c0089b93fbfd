package dev.mamori.regulatory.rules;

/**
 * The cybersecurity facts of F§4(3); each {@code null} while unknown. Unknown never
 * counts as a ground for "not reportable": only an explicit absent, unused or
 * risk-reduced does.
 *
 * @param vulnerableSoftwarePresent the vulnerable software is in the device (from the
 * SBOM)
 * @param vulnerableSoftwareUsed the device uses it
 * @param riskReducedNoHarmPossible patches or controls reduce the risk so that no health
 * damage can occur
 */
public record CyberFacts(Boolean vulnerableSoftwarePresent, Boolean vulnerableSoftwareUsed,
		Boolean riskReducedNoHarmPossible) {

	public static final CyberFacts UNKNOWN = new CyberFacts(null, null, null);

}
