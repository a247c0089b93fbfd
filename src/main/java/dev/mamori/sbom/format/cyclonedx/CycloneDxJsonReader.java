package dev.mamori.sbom.format.cyclonedx;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class CycloneDxJsonReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("CycloneDxJsonReader is not written yet");
	}

}
