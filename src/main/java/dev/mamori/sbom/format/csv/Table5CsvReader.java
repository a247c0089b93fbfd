package dev.mamori.sbom.format.csv;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;

/** Placeholder until the reader is written. */
public final class Table5CsvReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		throw new UnsupportedOperationException("Table5CsvReader is not written yet");
	}

}
