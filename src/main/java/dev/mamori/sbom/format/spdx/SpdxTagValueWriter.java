package dev.mamori.sbom.format.spdx;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the writer is written. */
public final class SpdxTagValueWriter implements SbomWriter {

	@Override
	public byte[] write(SbomDocument document) {
		throw new UnsupportedOperationException("SpdxTagValueWriter is not written yet");
	}

}
