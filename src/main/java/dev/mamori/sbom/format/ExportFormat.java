package dev.mamori.sbom.format;

import java.util.Arrays;
import java.util.Optional;

/** The formats Mamori exports (S2, S6), with the names the CLI and the API use. */
public enum ExportFormat {

	CYCLONEDX_JSON("cyclonedx-json", "application/vnd.cyclonedx+json", "cdx.json"),

	CYCLONEDX_XML("cyclonedx-xml", "application/vnd.cyclonedx+xml", "cdx.xml"),

	SPDX_JSON("spdx-json", "application/spdx+json", "spdx.json"),

	SPDX_TAG_VALUE("spdx-tv", "text/spdx; charset=utf-8", "spdx"),

	CSV("csv", "text/csv; charset=utf-8", "csv");

	private final String cliName;

	private final String mediaType;

	private final String extension;

	ExportFormat(String cliName, String mediaType, String extension) {
		this.cliName = cliName;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String cliName() {
		return this.cliName;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public static Optional<ExportFormat> fromCliName(String name) {
		return Arrays.stream(values()).filter((format) -> format.cliName.equalsIgnoreCase(name)).findFirst();
	}

}
