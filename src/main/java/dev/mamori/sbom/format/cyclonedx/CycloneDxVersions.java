package dev.mamori.sbom.format.cyclonedx;

import java.util.List;

import dev.mamori.sbom.format.SbomReadException;
import org.cyclonedx.Version;

/**
 * The CycloneDX versions Mamori reads: 1.4, 1.5 and 1.6. Every document is validated
 * against the schema of its version, and cyclonedx-core-java 12.2 bundles no schema for
 * 1.7, so 1.7 is refused rather than read unchecked; versions before 1.4 are refused as
 * the product decision for issue 3 (S2). The message names the accepted versions.
 */
final class CycloneDxVersions {

	static final List<String> ACCEPTED = List.of("1.4", "1.5", "1.6");

	/** The namespace prefix of CycloneDX XML; the version follows it. */
	static final String XML_NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

	private CycloneDxVersions() {
	}

	/**
	 * The library version for a declared {@code specVersion}.
	 * @throws SbomReadException {@code sbom.read.cyclonedx.missingVersion} when none is
	 * declared, {@code sbom.read.cyclonedx.unsupportedVersion} when it is not accepted
	 */
	static Version require(String declared, String location) {
		if (declared == null || declared.isBlank()) {
			throw new SbomReadException("sbom.read.cyclonedx.missingVersion", location);
		}
		String version = declared.strip();
		Version known = ACCEPTED.contains(version) ? Version.fromVersionString(version) : null;
		if (known == null) {
			throw new SbomReadException("sbom.read.cyclonedx.unsupportedVersion", location, version,
					String.join(", ", ACCEPTED));
		}
		return known;
	}

}
