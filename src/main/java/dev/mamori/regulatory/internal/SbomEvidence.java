package dev.mamori.regulatory.internal;

import java.util.List;
import java.util.Optional;

import dev.mamori.product.ProductVersionId;
import dev.mamori.vulnerability.FindingView;
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

	SbomEvidence(Findings findings) {
		this.findings = findings;
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
			return new Evidence(matches.stream()
				.filter((finding) -> !finding.falsePositive())
				.map((finding) -> finding.componentName()
						+ ((finding.componentVersion() != null) ? " " + finding.componentVersion() : ""))
				.distinct()
				.toList(), matches.stream().filter(FindingView::falsePositive).count());
		});
	}

	/**
	 * @param components the matched components (name and version), false positives
	 * excluded
	 * @param falsePositives how many matches someone marked false positive
	 */
	public record Evidence(List<String> components, long falsePositives) {

		public boolean present() {
			return !this.components.isEmpty();
		}

	}

}
