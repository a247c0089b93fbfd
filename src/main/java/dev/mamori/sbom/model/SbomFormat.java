package dev.mamori.sbom.model;

/** A concrete SBOM format and encoding, as detected on import. */
public enum SbomFormat {

	CYCLONEDX_JSON(Family.CYCLONEDX, "CycloneDX JSON", "application/vnd.cyclonedx+json"),

	CYCLONEDX_XML(Family.CYCLONEDX, "CycloneDX XML", "application/vnd.cyclonedx+xml"),

	SPDX_JSON(Family.SPDX, "SPDX JSON", "application/spdx+json"),

	SPDX_TAG_VALUE(Family.SPDX, "SPDX tag-value", "text/spdx"),

	SPDX3_JSONLD(Family.SPDX, "SPDX 3 JSON-LD", "application/spdx+json"),

	SWID_XML(Family.SWID, "SWID tag", "application/swid+xml"),

	SWID_ZIP(Family.SWID, "SWID tags (zip)", "application/zip"),

	CSV(Family.TABLE, "CSV (Table 5)", "text/csv");

	/** The standard a format belongs to. */
	public enum Family {

		CYCLONEDX, SPDX, SWID, TABLE

	}

	private final Family family;

	private final String displayName;

	private final String mediaType;

	SbomFormat(Family family, String displayName, String mediaType) {
		this.family = family;
		this.displayName = displayName;
		this.mediaType = mediaType;
	}

	public Family family() {
		return this.family;
	}

	public String displayName() {
		return this.displayName;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
