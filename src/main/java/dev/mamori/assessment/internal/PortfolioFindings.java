package dev.mamori.assessment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.common.MamoriTime;
import dev.mamori.product.Products;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.FindingView.FindingKey;
import dev.mamori.vulnerability.Findings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of every product version, one per component and vulnerability, with their
 * analysis: the portfolio list and its CSV export. The most severe first, KEV entries
 * before others of the same score.
 */
@Service
public class PortfolioFindings {

	private final Products products;

	private final Findings findings;

	private final AnalysisStore analyses;

	private final FindingScores scores;

	private final Clock clock;

	PortfolioFindings(Products products, Findings findings, AnalysisStore analyses, FindingScores scores, Clock clock) {
		this.products = products;
		this.findings = findings;
		this.analyses = analyses;
		this.scores = scores;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PortfolioFinding> list(PortfolioFilter filter) {
		Map<UUID, Double> cache = new HashMap<>();
		List<PortfolioFinding> listed = new ArrayList<>();
		for (VersionSnapshot version : this.products.versions(MamoriTime.today(this.clock))) {
			if (filter.product() != null && !filter.product().equals(version.productId().value())) {
				continue;
			}
			Map<FindingKey, AnalysisDecision> decided = this.analyses.forVersion(version.versionId());
			Map<FindingKey, FindingView> byKey = new LinkedHashMap<>();
			for (FindingView finding : this.findings.forVersion(version.versionId())) {
				byKey.putIfAbsent(finding.key(), finding);
			}
			for (FindingView finding : byKey.values()) {
				PortfolioFinding row = new PortfolioFinding(version, finding, this.scores.score(finding, cache),
						GateService.state(finding, decided.get(finding.key())));
				if (filter.accepts(row)) {
					listed.add(row);
				}
			}
		}
		listed.sort(Comparator
			.comparing((PortfolioFinding row) -> (row.score() != null) ? row.score() : -1.0, Comparator.reverseOrder())
			.thenComparing((row) -> !row.finding().kev())
			.thenComparing((row) -> row.version().productName())
			.thenComparing((row) -> row.version().version())
			.thenComparing((row) -> row.finding().primaryId()));
		return listed;
	}

}
