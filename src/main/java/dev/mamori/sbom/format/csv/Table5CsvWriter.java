package dev.mamori.sbom.format.csv;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the writer is written. */
public final class Table5CsvWriter implements SbomWriter {

	@Override
	public byte[] write(SbomDocument document) {
		throw new UnsupportedOperationException("Table5CsvWriter is not written yet");
	}

}
