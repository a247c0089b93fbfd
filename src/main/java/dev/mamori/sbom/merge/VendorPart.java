package dev.mamori.sbom.merge;

import java.util.Objects;

import dev.mamori.sbom.model.SbomDocument;

/**
 * A vendor SBOM to merge: the component key of the product component it describes, who
 * supplied it (shown as provenance), a short prefix making its refs unique, and the
 * document itself.
 */
public record VendorPart(String componentKey, String suppliedBy, String refPrefix, SbomDocument document) {

	public VendorPart {
		Objects.requireNonNull(componentKey, "componentKey");
		Objects.requireNonNull(suppliedBy, "suppliedBy");
		Objects.requireNonNull(refPrefix, "refPrefix");
		Objects.requireNonNull(document, "document");
	}

}
