package dev.mamori.sbom.format.spdx;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class SpdxTagValueReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("SpdxTagValueReader is not written yet");
	}

}
