package dev.mamori.sbom.internal;

import java.time.Instant;
import java.util.List;

import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.quality.NtiaReport;

/**
 * An uploaded SBOM as stored, without its content: what it is, where it came from, and
 * its NTIA check.
 *
 * @param revision 1, 2, 3 … for product SBOMs; {@code null} for vendor SBOMs
 * @param vendorComponentKey for vendor SBOMs, the component of the product version they
 * describe
 */
public record StoredSbom(SbomDocumentId id, ProductVersionId versionId, Kind kind, Integer revision,
		String vendorComponentKey, String vendorComponentName, String filename, String sha256, long size,
		SbomFormat format, String specVersion, String documentName, String serialNumber, Instant assembledAt,
		List<String> authors, List<String> tools, String subjectRef, NtiaReport ntia, List<ReadWarning> warnings,
		Instant uploadedAt, String uploadedBy, String channel) {

	/**
	 * A product's own SBOM, or one received from a supplier for one of its components
	 * (S1).
	 */
	public enum Kind {

		PRODUCT, VENDOR

	}

	public StoredSbom {
		authors = List.copyOf(authors);
		tools = List.copyOf(tools);
		warnings = List.copyOf(warnings);
	}

	public boolean isVendor() {
		return this.kind == Kind.VENDOR;
	}

}
