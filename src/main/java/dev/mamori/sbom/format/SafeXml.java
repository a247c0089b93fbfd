package dev.mamori.sbom.format;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.mamori.common.SecureXml;

/**
 * XML without DTDs. Every XML reader calls {@link #requireNoDoctype} before parsing, and
 * uses {@link #inputFactory()} when it parses itself: a DOCTYPE (and with it DTDs,
 * external entities and entity expansion) is refused, and nothing is ever resolved over
 * the network.
 */
public final class SafeXml {

	private SafeXml() {
	}

	/** A StAX factory that supports no DTD and no external entity. */
	public static XMLInputFactory inputFactory() {
		return SecureXml.inputFactory();
	}

	/** The root element's name and namespace. */
	public record Root(String localName, String namespace) {
	}

	/**
	 * Reads up to the root element, refusing a DOCTYPE.
	 * @throws SbomReadException {@code sbom.read.xmlDoctype} or
	 * {@code sbom.read.malformedXml}
	 */
	public static Root requireNoDoctype(byte[] content) {
		try {
			XMLStreamReader reader = inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						throw new SbomReadException("sbom.read.xmlDoctype", location(reader));
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						return new Root(reader.getLocalName(), reader.getNamespaceURI());
					}
				}
				throw new SbomReadException("sbom.read.malformedXml", null, 1, 1, "no root element");
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw SbomReadException.malformedXml(ex);
		}
	}

	private static String location(XMLStreamReader reader) {
		return "line " + reader.getLocation().getLineNumber();
	}

}
