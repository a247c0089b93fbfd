package dev.mamori.sbom.format.spdx;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class Spdx3JsonLdReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("Spdx3JsonLdReader is not written yet");
	}

}
