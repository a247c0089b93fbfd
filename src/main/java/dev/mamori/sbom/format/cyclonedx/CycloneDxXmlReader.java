package dev.mamori.sbom.format.cyclonedx;

import java.util.List;

import dev.mamori.sbom.format.SafeXml;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.cyclonedx.Version;

/**
 * Reads CycloneDX XML 1.4 to 1.6 (S2). A DOCTYPE is refused before anything else
 * ({@link SafeXml#requireNoDoctype}); the version comes from the root element's
 * namespace; the document is parsed with StAX (no DTD, no external entity), validated
 * against the XML schema of its version ({@link CycloneDxSchemas}), and mapped like JSON
 * ({@link XmlToJsonShape}, {@link CycloneDxMapping}).
 */
public final class CycloneDxXmlReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		SafeXml.Root root = SafeXml.requireNoDoctype(content);
		String namespace = (root.namespace() != null) ? root.namespace() : "";
		if (!"bom".equals(root.localName()) || !namespace.startsWith(CycloneDxVersions.XML_NAMESPACE_PREFIX)) {
			throw new SbomReadException("sbom.read.unknownXml", null, root.localName(), namespace);
		}
		String declared = namespace.substring(CycloneDxVersions.XML_NAMESPACE_PREFIX.length());
		Version version = CycloneDxVersions.require(declared, "xmlns");
		XmlElement bom = XmlElement.parse(content, namespace);
		CycloneDxSchemas.validateXml(content, version);
		return CycloneDxMapping.map(XmlToJsonShape.bom(bom, declared), SbomFormat.CYCLONEDX_XML, List.of());
	}

}
