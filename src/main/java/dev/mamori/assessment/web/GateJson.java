package dev.mamori.assessment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.mamori.assessment.gate.GateFinding;
import dev.mamori.assessment.internal.GateService;

/**
 * The release gate's verdict in the API and for {@code mamori gate --json}; a stable
 * contract (add fields, never rename).
 */
record GateJson(boolean passed, UUID productId, String product, UUID versionId, String version, List<Blocking> blocking,
		Instant checkedAt) {

	static GateJson of(GateService.Check check) {
		return new GateJson(check.result().passed(), check.version().productId().value(), check.version().productName(),
				check.version().versionId().value(), check.version().version(),
				check.result().blocking().stream().map(Blocking::of).toList(), check.checkedAt());
	}

	/** A finding that keeps the gate shut. */
	record Blocking(UUID findingId, String component, String vulnerability, String severity, Double baseScore,
			String state) {

		static Blocking of(GateFinding finding) {
			return new Blocking(finding.findingId(), finding.component(), finding.vulnerability(), finding.severity(),
					finding.baseScore(), finding.state().label());
		}

	}

}
