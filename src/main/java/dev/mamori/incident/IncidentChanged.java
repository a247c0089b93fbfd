package dev.mamori.incident;

import java.util.List;
import java.util.Objects;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

/**
 * An incident was opened or its facts changed (I1, I4). Report cases on the same product
 * version or vulnerability may need re-evaluation (R5): listeners decide.
 *
 * @param opened whether the incident was opened by this change
 * @param vulnerabilities the vulnerability ids (CVE-…, JVNDB-…) linked to the incident
 */
public record IncidentChanged(IncidentId incident, ProductId product, ProductVersionId version, boolean opened,
		List<String> vulnerabilities) {

	public IncidentChanged {
		Objects.requireNonNull(incident, "incident");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(version, "version");
		vulnerabilities = List.copyOf(vulnerabilities);
	}

}
