package dev.mamori.sbom.format.spdx;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class Spdx2JsonReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("Spdx2JsonReader is not written yet");
	}

}
