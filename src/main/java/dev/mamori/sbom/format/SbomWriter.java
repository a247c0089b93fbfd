package dev.mamori.sbom.format;

import dev.mamori.sbom.model.SbomDocument;

/**
 * Writes the normalized model in one format. A written document read back keeps every
 * minimum element (supplier, name, version, unique identifier, hashes, relationships,
 * author, timestamp).
 */
@FunctionalInterface
public interface SbomWriter {

	byte[] write(SbomDocument document);

}
