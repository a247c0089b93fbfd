package dev.mamori.sbom.format;

import dev.mamori.sbom.model.SbomDocument;

/**
 * Reads one SBOM format into the normalized model. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface SbomReader {

	/**
	 * @param content the document exactly as uploaded
	 * @throws SbomReadException when it is malformed, invalid against its schema, or of
	 * an unsupported version
	 */
	SbomDocument read(byte[] content);

}
