package dev.mamori.sbom.format.cyclonedx;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the writer is written. */
public final class CycloneDxJsonWriter implements SbomWriter {

	@Override
	public byte[] write(SbomDocument document) {
		throw new UnsupportedOperationException("CycloneDxJsonWriter is not written yet");
	}

}
