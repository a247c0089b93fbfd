package dev.mamori.sbom;

import java.util.List;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.model.SbomComponent;

/**
 * What other modules may ask of the SBOMs: the components a product version contains as
 * things stand (its newest revision with the suppliers' SBOMs merged in), for matching
 * them to vulnerabilities.
 */
public interface SbomComponents {

	/**
	 * The current components of a version; empty when it has no SBOM.
	 * @throws dev.mamori.common.NotFoundException when there is no such version of that
	 * product
	 */
	List<SbomComponent> current(ProductId product, ProductVersionId version);

	/** Every product version that has at least one SBOM revision. */
	List<VersionWithSbom> versionsWithSbom();

	/** A product version that has an SBOM. */
	record VersionWithSbom(ProductId product, ProductVersionId version) {
	}

}
