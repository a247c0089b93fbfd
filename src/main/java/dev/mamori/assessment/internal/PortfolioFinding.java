package dev.mamori.assessment.internal;

import java.util.UUID;

import dev.mamori.assessment.gate.GateFinding;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.vulnerability.FindingView;

/**
 * A finding in the portfolio list: where it is, how severe, and how far its triage has
 * come.
 *
 * @param score the base score the finding is weighed by ({@link FindingScores}), may be
 * {@code null}
 */
public record PortfolioFinding(VersionSnapshot version, FindingView finding, Double score, AnalysisState state) {

	public UUID findingId() {
		return this.finding.id();
	}

	/** {@code critical}, {@code high} … {@code unknown}, as the gate names them. */
	public String severity() {
		return new GateFinding(this.finding.id(), this.finding.componentKey(), this.finding.primaryId(), this.score,
				this.state)
			.severity();
	}

}
