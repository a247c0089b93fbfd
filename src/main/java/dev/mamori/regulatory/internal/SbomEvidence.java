package dev.mamori.regulatory.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mamori.product.ProductVersionId;
import dev.mamori.vulnerability.FindingAnalyses;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.FindingView.FindingKey;
import dev.mamori.vulnerability.Findings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SBOM says about a case's vulnerability (F§4(3)): the components of the version
 * it was matched to. A match makes "vulnerable software present" true; no match proves
 * nothing (the SBOM may be incomplete), so it never pre-fills "absent": unknown is no
 * ground for "not reportable".
 */
@Service
public class SbomEvidence {

	private final Findings findings;

	private final List<FindingAnalyses> analyses;

	SbomEvidence(Findings findings, List<FindingAnalyses> analyses) {
		this.findings = findings;
		this.analyses = analyses;
	}

	@Transactional(readOnly = true)
	public Optional<Evidence> of(ProductVersionId version, String vulnerability) {
		if (version == null || vulnerability == null || vulnerability.isBlank()) {
			return Optional.empty();
		}
		return this.findings.vulnerability(vulnerability.strip()).map((facts) -> {
			List<FindingView> matches = this.findings.forVersion(version)
				.stream()
				.filter((finding) -> finding.vulnerability().equals(facts.id()))
				.toList();
			Map<FindingKey, String> states = new HashMap<>();
			this.analyses.forEach((source) -> states.putAll(source.states(version)));
			Map<String, String> analysisByComponent = new LinkedHashMap<>();
			matches.stream().filter((finding) -> !finding.falsePositive()).forEach((finding) -> {
				String component = finding.componentName()
						+ ((finding.componentVersion() != null) ? " " + finding.componentVersion() : "");
				analysisByComponent.putIfAbsent(component, states.getOrDefault(finding.key(), "in_triage"));
			});
			return new Evidence(List.copyOf(analysisByComponent.keySet()), analysisByComponent,
					matches.stream().filter(FindingView::falsePositive).count());
		});
	}

	/**
	 * @param components the matched components (name and version), false positives
	 * excluded
	 * @param analyses each matched component's current analysis of the vulnerability
	 * ({@code in_triage} while nobody has analysed it; VEX-aligned, issue 5): whether the
	 * vulnerable software is used, and exploitable, is the PSIRT's finding, shown beside
	 * the case
	 * @param falsePositives how many matches someone marked false positive
	 */
	public record Evidence(List<String> components, Map<String, String> analyses, long falsePositives) {

		public boolean present() {
			return !this.components.isEmpty();
		}

	}

}
