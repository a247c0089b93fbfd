package dev.mamori.assessment.gate;

import java.util.Comparator;
import java.util.List;

/**
 * The release gate (V4): a version may not be released while any finding of severity high
 * or critical lacks documented evidence that it cannot be exploited. Only
 * {@code not_affected}, {@code false_positive}, {@code resolved} and
 * {@code resolved_with_pedigree} are such evidence; {@code exploitable} is not, whatever
 * response or detail it carries (a workaround or an update announced is a plan, not a
 * fact of the released version), and neither is {@code in_triage}. A finding no source
 * scored does not block: the gate judges the severity the finding shows, and the
 * assessment of unscored vulnerabilities is the rubric's job.
 */
public final class ReleaseGate {

	/** The lowest CVSS base score of severity high. */
	public static final double SEVERE_SCORE = 7.0;

	private ReleaseGate() {
	}

	public static GateResult check(List<GateFinding> findings) {
		List<GateFinding> blocking = findings.stream()
			.filter(GateFinding::severe)
			.filter((finding) -> !finding.state().documentsNoExploitation())
			.sorted(Comparator.comparing(GateFinding::baseScore, Comparator.reverseOrder())
				.thenComparing(GateFinding::vulnerability))
			.toList();
		return new GateResult(blocking.isEmpty(), blocking);
	}

}
