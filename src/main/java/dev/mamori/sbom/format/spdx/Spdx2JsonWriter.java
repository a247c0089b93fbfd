package dev.mamori.sbom.format.spdx;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the writer is written. */
public final class Spdx2JsonWriter implements SbomWriter {

	@Override
	public byte[] write(SbomDocument document) {
		throw new UnsupportedOperationException("Spdx2JsonWriter is not written yet");
	}

}
