package dev.mamori.sbom.model;

import java.time.Instant;
import java.util.List;

/**
 * What an SBOM says about itself.
 *
 * @param name document name, or the primary component's name
 * @param serialNumber CycloneDX {@code serialNumber}, SPDX {@code documentNamespace} or
 * SPDX 3 document id, SWID {@code tagId}; {@code null} when absent
 * @param timestamp when the SBOM data was assembled (NTIA "timestamp"); {@code null} when
 * absent
 * @param authors who made the SBOM (NTIA "author": CycloneDX {@code metadata.authors},
 * SPDX creators {@code Person:}/{@code Organization:})
 * @param tools tools that made it (CycloneDX {@code metadata.tools}, SPDX creators
 * {@code Tool:})
 * @param supplier the supplier of the described product, when given
 * @param subjectRef the {@code ref} of the primary component the SBOM describes, or
 * {@code null}
 */
public record SbomMetadata(String name, String serialNumber, Instant timestamp, List<String> authors,
		List<String> tools, String supplier, String subjectRef) {

	public SbomMetadata {
		authors = List.copyOf(authors);
		tools = List.copyOf(tools);
	}

	public static SbomMetadata empty() {
		return new SbomMetadata(null, null, null, List.of(), List.of(), null, null);
	}

}
