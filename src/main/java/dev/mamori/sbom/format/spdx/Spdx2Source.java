package dev.mamori.sbom.format.spdx;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.SbomFormat;

/**
 * An SPDX 2 document as read from JSON or tag-value, before mapping to the model by
 * {@link Spdx2Mapper}.
 *
 * @param documentId the document's own SPDXID (normally {@code SPDXRef-DOCUMENT})
 * @param created the creation time as written, and {@code createdLocation} where
 * @param describes the 2.2 {@code documentDescribes} list
 * @param packages the packages, in document order
 * @param files the files, in document order
 * @param otherIds SPDXIDs of elements that are never components (snippets)
 * @param licenceNames the names of extracted licences by their {@code LicenseRef-} id
 */
record Spdx2Source(SbomFormat format, String specVersion, String documentId, String name, String namespace,
		String created, String createdLocation, List<String> creators, List<String> describes, String describesLocation,
		List<Spdx2Element> packages, List<Spdx2Element> files, Set<String> otherIds, List<Relationship> relationships,
		Map<String, String> licenceNames) {

	/** A relationship as declared: {@code element TYPE related}. */
	record Relationship(String element, String type, String related, String location) {
	}

}
