package dev.mamori.sbom.internal;

import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.model.SbomComponent;

/**
 * A component found in the portfolio (S4): in which product version, and through which
 * SBOM (the version's current revision, or a vendor SBOM).
 */
public record RepositoryHit(SbomComponent component, VersionSnapshot version, SbomDocumentId document, Integer revision,
		boolean fromVendorSbom) {

}
