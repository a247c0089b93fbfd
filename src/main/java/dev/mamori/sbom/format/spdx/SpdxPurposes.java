package dev.mamori.sbom.format.spdx;

import java.util.Map;

/**
 * SPDX primary package purposes and the model's component types (CycloneDX vocabulary).
 * Only purposes with an exact CycloneDX counterpart are mapped; the others
 * ({@code SOURCE}, {@code ARCHIVE}, {@code INSTALL}, {@code OTHER} …) leave the type
 * unknown rather than guess.
 */
final class SpdxPurposes {

	private static final Map<String, String> SPDX2 = Map.of("APPLICATION", "application", "LIBRARY", "library",
			"FRAMEWORK", "framework", "OPERATINGSYSTEM", "operating-system", "FIRMWARE", "firmware", "DEVICE", "device",
			"CONTAINER", "container", "FILE", "file");

	private static final Map<String, String> SPDX2_BY_TYPE = Map.of("application", "APPLICATION", "library", "LIBRARY",
			"framework", "FRAMEWORK", "operating-system", "OPERATING-SYSTEM", "firmware", "FIRMWARE", "device",
			"DEVICE", "container", "CONTAINER", "file", "FILE");

	/**
	 * SPDX 3 adds purposes that CycloneDX also has (device drivers, platforms, models,
	 * data).
	 */
	private static final Map<String, String> SPDX3 = Map.ofEntries(Map.entry("APPLICATION", "application"),
			Map.entry("LIBRARY", "library"), Map.entry("FRAMEWORK", "framework"),
			Map.entry("OPERATINGSYSTEM", "operating-system"), Map.entry("FIRMWARE", "firmware"),
			Map.entry("DEVICE", "device"), Map.entry("CONTAINER", "container"), Map.entry("FILE", "file"),
			Map.entry("DEVICEDRIVER", "device-driver"), Map.entry("PLATFORM", "platform"),
			Map.entry("MODEL", "machine-learning-model"), Map.entry("DATA", "data"));

	private SpdxPurposes() {
	}

	/**
	 * The component type for an SPDX 2 {@code primaryPackagePurpose}, or {@code null}.
	 */
	static String fromSpdx2(String purpose) {
		return (purpose != null) ? SPDX2.get(SpdxText.vocabularyKey(purpose)) : null;
	}

	/**
	 * The component type for an SPDX 3 {@code software_primaryPurpose}, or {@code null}.
	 */
	static String fromSpdx3(String purpose) {
		return (purpose != null) ? SPDX3.get(SpdxText.vocabularyKey(lastSegment(purpose))) : null;
	}

	/**
	 * The SPDX 2.3 {@code primaryPackagePurpose} for a component type, or {@code null}.
	 */
	static String toSpdx2(String type) {
		return (type != null) ? SPDX2_BY_TYPE.get(type) : null;
	}

	/**
	 * SPDX 3 vocabulary may be written as a full IRI ({@code …/SoftwarePurpose/library}).
	 */
	static String lastSegment(String value) {
		int slash = value.lastIndexOf('/');
		return (slash >= 0) ? value.substring(slash + 1) : value;
	}

}
