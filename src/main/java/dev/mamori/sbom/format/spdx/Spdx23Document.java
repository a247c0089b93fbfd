package dev.mamori.sbom.format.spdx;

import java.util.List;

/**
 * An SPDX 2.3 document as the writers lay it out, with every value already in SPDX's
 * vocabulary: {@link Spdx2JsonWriter} and {@link SpdxTagValueWriter} only encode it.
 */
record Spdx23Document(String name, String namespace, String created, List<String> creators, List<Package> packages,
		List<Relationship> relationships, List<ExtractedLicence> extractedLicences) {

	static final String VERSION = "SPDX-2.3";

	static final String DATA_LICENSE = "CC0-1.0";

	static final String DOCUMENT_ID = "SPDXRef-DOCUMENT";

	/**
	 * A package; {@code version}, {@code homepage}, {@code purpose}, {@code description},
	 * {@code validUntil} and {@code comment} may be {@code null}. The purpose is spelt as
	 * in tag-value ({@code OPERATING-SYSTEM}).
	 */
	record Package(String spdxId, String name, String version, String supplier, String downloadLocation,
			String homepage, List<Checksum> checksums, String licenseDeclared, List<ExternalRef> externalRefs,
			String purpose, String description, String validUntil, String comment) {
	}

	record Checksum(String algorithm, String value) {
	}

	record ExternalRef(String category, String type, String locator) {
	}

	/** {@code comment} is {@code null} unless the type had to be written as OTHER. */
	record Relationship(String element, String type, String related, String comment) {
	}

	record ExtractedLicence(String id, String name, String text) {
	}

}
