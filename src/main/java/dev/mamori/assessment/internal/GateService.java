package dev.mamori.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.assessment.gate.GateFinding;
import dev.mamori.assessment.gate.GateResult;
import dev.mamori.assessment.gate.ReleaseGate;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.FindingView.FindingKey;
import dev.mamori.vulnerability.Findings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a product version against the release gate (V4) with its current findings. */
@Service
public class GateService {

	private final Findings findings;

	private final AnalysisStore analyses;

	private final Products products;

	private final Clock clock;

	private final FindingScores scores;

	GateService(Findings findings, AnalysisStore analyses, Products products, Clock clock, FindingScores scores) {
		this.scores = scores;
		this.findings = findings;
		this.analyses = analyses;
		this.products = products;
		this.clock = clock;
	}

	/** The verdict for a version, with what it was checked for and when. */
	public record Check(VersionSnapshot version, GateResult result, Instant checkedAt) {
	}

	@Transactional(readOnly = true)
	public Check check(ProductId product, ProductVersionId version) {
		Instant now = this.clock.instant();
		VersionSnapshot snapshot = this.products.requireVersion(product, version, MamoriTime.today(this.clock));
		Map<FindingKey, AnalysisDecision> decided = this.analyses.forVersion(version);
		Map<FindingKey, FindingView> byKey = new LinkedHashMap<>();
		for (FindingView finding : this.findings.forVersion(version)) {
			byKey.putIfAbsent(finding.key(), finding);
		}
		Map<UUID, Double> scores = new HashMap<>();
		List<GateFinding> weighed = new ArrayList<>();
		for (FindingView finding : byKey.values()) {
			Double score = this.scores.score(finding, scores);
			weighed.add(new GateFinding(finding.id(),
					(finding.componentName() != null) ? finding.componentName() : finding.componentKey(),
					finding.primaryId(), score, state(finding, decided.get(finding.key()))));
		}
		return new Check(snapshot, ReleaseGate.check(weighed), now);
	}

	/**
	 * A version named by ids or by names, as the CLI passes them: the product by id, name
	 * or model number, the version by id or version string.
	 */
	@Transactional(readOnly = true)
	public Check check(String product, String version) {
		ProductId productId = uuid(product).map(ProductId::new)
			.or(() -> this.products.findProduct(product))
			.orElseThrow(() -> new NotFoundException("entity.product", product));
		ProductVersionId versionId = uuid(version).map(ProductVersionId::new)
			.or(() -> this.products.findVersion(productId, version))
			.orElseThrow(() -> new NotFoundException("entity.version", version));
		return check(productId, versionId);
	}

	/**
	 * The state the gate weighs: the analysis, else a false-positive mark made before
	 * triage (V1), else {@code in_triage}.
	 */
	static AnalysisState state(FindingView finding, AnalysisDecision decision) {
		if (decision != null) {
			return decision.analysis().state();
		}
		return finding.falsePositive() ? AnalysisState.FALSE_POSITIVE : AnalysisState.IN_TRIAGE;
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
