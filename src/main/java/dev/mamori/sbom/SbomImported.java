package dev.mamori.sbom;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

/**
 * An SBOM (a new product revision, or a vendor SBOM) was stored for a product version:
 * its components are ready to be matched against vulnerabilities.
 */
public record SbomImported(SbomDocumentId document, ProductId product, ProductVersionId version, boolean vendor) {

}
