package dev.mamori.common;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way Mamori parses XML: StAX with no DTD support, no external entities and no
 * entity replacement, and a resolver that refuses every external resource, so that no
 * document can make Mamori open a file or a network connection. Readers still refuse a
 * document whose event stream contains a DTD, so that the user learns why.
 */
public final class SecureXml {

	private SecureXml() {
	}

	/** A new StAX factory that supports no DTD and no external entity. */
	public static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resources are not allowed: " + systemId);
		});
		return factory;
	}

}
