package dev.mamori.sbom.internal;

import java.util.List;

import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.support.SupportFlag;

/**
 * A product version's components as they stand: its newest SBOM revision with the vendor
 * SBOMs merged in (S1), the components whose support ends before the device's (P3), and
 * the vendor SBOMs that found no component to attach to.
 *
 * @param latest the newest revision, or {@code null} when no SBOM was uploaded yet
 * @param document the combined components; empty when there is no SBOM
 */
public record CombinedSbom(VersionSnapshot version, StoredSbom latest, SbomDocument document,
		List<StoredSbom> vendorSboms, List<StoredSbom> unattached, List<SupportFlag> supportFlags) {

	public CombinedSbom {
		vendorSboms = List.copyOf(vendorSboms);
		unattached = List.copyOf(unattached);
		supportFlags = List.copyOf(supportFlags);
	}

	public boolean hasSbom() {
		return this.latest != null;
	}

}
