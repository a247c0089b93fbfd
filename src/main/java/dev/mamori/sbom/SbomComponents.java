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
	List<CurrentComponent> current(ProductId product, ProductVersionId version);

	/** Every product version that has at least one SBOM revision. */
	List<VersionWithSbom> versionsWithSbom();

	/**
	 * A component with the key that identifies it across revisions and versions (purl
	 * without version, else CPE vendor:product, else supplier and name).
	 */
	record CurrentComponent(String key, SbomComponent component) {
	}

	/** A product version that has an SBOM. */
	record VersionWithSbom(ProductId product, ProductVersionId version) {
	}

}
