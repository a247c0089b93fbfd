package dev.mamori.sbom.format.spdx;

/**
 * Names of the component properties the SPDX readers keep and the writers use, so that a
 * package read from SPDX is written back with the same download location and home page.
 */
final class SpdxProperties {

	static final String DOWNLOAD_LOCATION = "spdx:downloadLocation";

	static final String HOMEPAGE = "spdx:homepage";

	private SpdxProperties() {
	}

}
