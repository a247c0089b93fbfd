package dev.mamori.assessment.internal;

import java.util.List;
import java.util.UUID;

import dev.mamori.assessment.triage.AnalysisState;

/**
 * Which findings of the portfolio to list; {@code null} filters nothing.
 *
 * @param minimumSeverity {@code critical}, {@code high}, {@code medium} or {@code low}:
 * that severity and above
 * @param kev only findings in (true) or not in (false) CISA's KEV catalog
 */
public record PortfolioFilter(UUID product, String minimumSeverity, Boolean kev, AnalysisState state) {

	private static final List<String> ORDER = List.of("unknown", "none", "low", "medium", "high", "critical");

	boolean accepts(PortfolioFinding finding) {
		if (this.product != null && !this.product.equals(finding.version().productId().value())) {
			return false;
		}
		if (this.kev != null && this.kev != finding.finding().kev()) {
			return false;
		}
		if (this.state != null && this.state != finding.state()) {
			return false;
		}
		if (this.minimumSeverity != null && ORDER.contains(this.minimumSeverity)) {
			int wanted = ORDER.indexOf(this.minimumSeverity);
			return finding.score() != null && ORDER.indexOf(finding.severity()) >= wanted;
		}
		return true;
	}

}
