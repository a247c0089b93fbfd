/**
 * Reading and writing SBOMs: format detection
 * ({@link dev.mamori.sbom.format.SbomFormats}), one reader per format into the normalized
 * model, and writers for export. Pure Java: bytes in, values out, no Spring and no
 * database, so that the CLI calls it directly.
 * <p>
 * Security: XML with a DOCTYPE (hence DTDs, external entities, entity expansion) is
 * refused before any parser sees it; zip archives are read with limits on entries, total
 * size and compression ratio; nothing is ever fetched over the network.
 */
@org.springframework.modulith.NamedInterface("format")
package dev.mamori.sbom.format;
