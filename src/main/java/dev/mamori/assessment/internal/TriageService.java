package dev.mamori.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.CurrentActor;
import dev.mamori.assessment.AnalysisConcluded;
import dev.mamori.assessment.triage.Analysis;
import dev.mamori.assessment.triage.AnalysisChange;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.FindingView.FindingKey;
import dev.mamori.vulnerability.Findings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the analysis of findings (V2): one finding, or one vulnerability across product
 * versions. Each decision is stored with its history, audited with who, when and why, and
 * announced as {@link AnalysisConcluded}, all in one transaction.
 */
@Service
public class TriageService {

	private final AnalysisStore store;

	private final Findings findings;

	private final Products products;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TriageService(AnalysisStore store, Findings findings, Products products, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.findings = findings;
		this.products = products;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A finding of the product version with its current analysis. */
	@Transactional(readOnly = true)
	public AnalysedFinding analysis(ProductId product, ProductVersionId version, UUID findingId) {
		FindingView finding = finding(product, version, findingId);
		return new AnalysedFinding(finding, this.store.current(finding.key()).orElse(null));
	}

	/** The finding's decisions, the newest first. */
	@Transactional(readOnly = true)
	public List<AnalysisDecision> history(ProductId product, ProductVersionId version, UUID findingId) {
		return this.store.history(finding(product, version, findingId).key());
	}

	/**
	 * Every finding of the version, one per component and vulnerability, with its current
	 * analysis, for the version page.
	 */
	@Transactional(readOnly = true)
	public List<AnalysedFinding> analysedFindings(ProductId product, ProductVersionId version) {
		this.products.requireVersion(product, version, MamoriTime.today(this.clock));
		Map<FindingKey, AnalysisDecision> decided = this.store.forVersion(version);
		Map<FindingKey, FindingView> byKey = new LinkedHashMap<>();
		for (FindingView finding : this.findings.forVersion(version)) {
			byKey.putIfAbsent(finding.key(), finding);
		}
		return byKey.values()
			.stream()
			.map((finding) -> new AnalysedFinding(finding, decided.get(finding.key())))
			.toList();
	}

	/** A finding's decisions, the newest first. */
	@Transactional(readOnly = true)
	public List<AnalysisDecision> history(FindingKey finding) {
		return this.store.history(finding);
	}

	/**
	 * The versions with findings of a vulnerability, each with those findings and their
	 * analysis: what a bulk decision can be made for.
	 */
	@Transactional(readOnly = true)
	public List<AffectedVersion> affectedVersions(String vulnerabilityIdOrAlias) {
		UUID vulnerability = this.findings.vulnerability(vulnerabilityIdOrAlias)
			.orElseThrow(() -> new NotFoundException("entity.vulnerability", vulnerabilityIdOrAlias))
			.id();
		List<AffectedVersion> affected = new java.util.ArrayList<>();
		for (ProductVersionId version : this.findings.versionsWith(vulnerability)) {
			this.products.findVersion(version, MamoriTime.today(this.clock)).ifPresent((snapshot) -> {
				Map<FindingKey, AnalysisDecision> decided = this.store.forVersion(version);
				Map<FindingKey, AnalysedFinding> byKey = new LinkedHashMap<>();
				for (FindingView finding : this.findings.forVersion(version)) {
					if (finding.vulnerability().equals(vulnerability)) {
						byKey.putIfAbsent(finding.key(), new AnalysedFinding(finding, decided.get(finding.key())));
					}
				}
				affected.add(new AffectedVersion(snapshot, List.copyOf(byKey.values())));
			});
		}
		affected.sort(java.util.Comparator.comparing((AffectedVersion entry) -> entry.version().productName())
			.thenComparing((entry) -> entry.version().version()));
		return affected;
	}

	/** A product version and its findings of one vulnerability. */
	public record AffectedVersion(dev.mamori.product.Products.VersionSnapshot version, List<AnalysedFinding> findings) {
	}

	/** The analysis of every finding of the version that has one. */
	@Transactional(readOnly = true)
	public Map<FindingKey, AnalysisDecision> forVersion(ProductVersionId version) {
		return this.store.forVersion(version);
	}

	@Transactional
	public AnalysedFinding set(ProductId product, ProductVersionId version, UUID findingId, AnalysisChange change) {
		Analysis analysis = change.validate();
		FindingView finding = finding(product, version, findingId);
		return new AnalysedFinding(finding, decide(product, finding, analysis, change.strippedReason(), null));
	}

	/**
	 * Sets one analysis for every finding of the vulnerability in each given version
	 * (bulk triage). Each finding gets its own history entry, audit entry and event.
	 * @return the findings decided, one per component
	 */
	@Transactional
	public List<AnalysedFinding> setForVulnerability(String vulnerabilityIdOrAlias, List<ProductVersionId> versions,
			AnalysisChange change) {
		Analysis analysis = change.validate();
		if (versions.isEmpty()) {
			throw dev.mamori.common.ValidationFailedException.of("versionIds", "triage.bulk.noVersions");
		}
		UUID vulnerability = this.findings.vulnerability(vulnerabilityIdOrAlias)
			.orElseThrow(() -> new NotFoundException("entity.vulnerability", vulnerabilityIdOrAlias))
			.id();
		String bulk = UUID.randomUUID().toString();
		List<AnalysedFinding> decided = new java.util.ArrayList<>();
		for (ProductVersionId version : versions) {
			ProductId product = this.products.findVersion(version, MamoriTime.today(this.clock))
				.orElseThrow(() -> new NotFoundException("entity.version", version))
				.productId();
			Map<FindingKey, FindingView> byKey = new LinkedHashMap<>();
			for (FindingView finding : this.findings.forVersion(version)) {
				if (finding.vulnerability().equals(vulnerability)) {
					byKey.putIfAbsent(finding.key(), finding);
				}
			}
			for (FindingView finding : byKey.values()) {
				decided.add(new AnalysedFinding(finding,
						decide(product, finding, analysis, change.strippedReason(), bulk)));
			}
		}
		return decided;
	}

	private AnalysisDecision decide(ProductId product, FindingView finding, Analysis analysis, String reason,
			String bulk) {
		String actor = CurrentActor.get().name();
		Instant now = this.clock.instant();
		AnalysisDecision previous = this.store.current(finding.key()).orElse(null);
		AnalysisDecision decision = new AnalysisDecision(finding.key(), finding.primaryId(), analysis,
				(previous != null) ? previous.analysis().state() : null, reason, actor, now);
		this.store.save(decision);
		AuditRecord entry = new AuditRecord("finding.analysis", "productVersion", finding.version().toString(), reason,
				null)
			.withDetail("finding", finding.id().toString())
			.withDetail("component", finding.componentKey())
			.withDetail("vulnerability", finding.primaryId())
			.withDetail("state", analysis.state().label())
			.withDetail("previousState", (previous != null) ? previous.analysis().state().label() : null)
			.withDetail("justification", (analysis.justification() != null) ? analysis.justification().label() : null)
			.withDetail("responses", analysis.responseLabels())
			.withDetail("detail", analysis.detail());
		this.audit.record((bulk != null) ? entry.withDetail("bulk", bulk) : entry);
		this.events.publishEvent(new AnalysisConcluded(finding.key(), product, finding.primaryId(),
				analysis.state().label(), (analysis.justification() != null) ? analysis.justification().label() : null,
				analysis.joinedResponses(), analysis.detail(), actor, now));
		return decision;
	}

	private FindingView finding(ProductId product, ProductVersionId version, UUID findingId) {
		this.products.requireVersion(product, version, MamoriTime.today(this.clock));
		return this.findings.find(findingId)
			.filter((finding) -> finding.version().equals(version))
			.orElseThrow(() -> new NotFoundException("entity.finding", findingId));
	}

	/** A finding and its current analysis, {@code null} when nobody has analysed it. */
	public record AnalysedFinding(FindingView finding, AnalysisDecision decision) {

		public Analysis analysis() {
			return (this.decision != null) ? this.decision.analysis()
					: (this.finding.falsePositive() ? FALSE_POSITIVE_MARK : Analysis.UNTRIAGED);
		}

		/** A false-positive mark (V1) made before the finding was ever triaged. */
		static final Analysis FALSE_POSITIVE_MARK = new Analysis(
				dev.mamori.assessment.triage.AnalysisState.FALSE_POSITIVE, null, java.util.Set.of(), null);

	}

}
