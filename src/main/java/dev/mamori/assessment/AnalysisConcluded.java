package dev.mamori.assessment;

import java.time.Instant;
import java.util.Objects;

import dev.mamori.product.ProductId;
import dev.mamori.vulnerability.FindingView.FindingKey;

/**
 * The analysis of a finding (component × vulnerability in a product version) was set or
 * changed, by a person, a bulk decision or an auto-applied rule (VEX-aligned triage).
 * Life-cycle obligations, advisory and VEX drafts and malfunction-report re-evaluation
 * follow from it.
 *
 * @param state {@code in_triage}, {@code exploitable}, {@code resolved},
 * {@code resolved_with_pedigree}, {@code false_positive}, {@code not_affected}
 * @param justification the CycloneDX justification for {@code not_affected}, else
 * {@code null}
 * @param response CycloneDX responses joined by commas
 * ({@code update,workaround_available}), may be {@code null}
 * @param vulnerabilityId the vulnerability's primary id (CVE-…), for messages
 * @param actor who decided (a user name, or {@code rule:<id>} for an auto-applied rule)
 */
public record AnalysisConcluded(FindingKey finding, ProductId product, String vulnerabilityId, String state,
		String justification, String response, String detail, String actor, Instant at) {

	public AnalysisConcluded {
		Objects.requireNonNull(finding, "finding");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
	}

}
