package dev.mamori.sbom.format.cyclonedx;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class CycloneDxXmlReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("CycloneDxXmlReader is not written yet");
	}

}
