package dev.mamori.sbom.format.cyclonedx;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the writer is written. */
public final class CycloneDxXmlWriter implements SbomWriter {

	@Override
	public byte[] write(SbomDocument document) {
		throw new UnsupportedOperationException("CycloneDxXmlWriter is not written yet");
	}

}
