package dev.mamori.sbom.format.swid;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class SwidZipReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("SwidZipReader is not written yet");
	}

}
