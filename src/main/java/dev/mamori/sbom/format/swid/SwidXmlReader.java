package dev.mamori.sbom.format.swid;

import java.util.List;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;

/**
 * Reads one ISO/IEC 19770-2:2015 SWID tag (S2) as an SBOM of one component, the subject,
 * plus the tags it links to ({@link SwidDocuments}). A DOCTYPE is refused before parsing
 * ({@link SwidTagParser}).
 */
public final class SwidXmlReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		return SwidDocuments.combine(List.of(SwidTagParser.parse(content, null)), SbomFormat.SWID_XML, List.of());
	}

}
