package dev.mamori.sbom.format.cyclonedx;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.mamori.sbom.format.SafeXml;
import dev.mamori.sbom.format.SbomReadException;

/**
 * A small element tree of the elements of one namespace, read with StAX from
 * {@link SafeXml#inputFactory()} (no DTD, no external entity). Elements of other
 * namespaces (extensions) are skipped with their content: Mamori maps only what the
 * CycloneDX schema defines.
 */
final class XmlElement {

	private final String name;

	private final Map<String, String> attributes;

	private final List<XmlElement> children = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private final int line;

	private XmlElement(String name, Map<String, String> attributes, int line) {
		this.name = name;
		this.attributes = attributes;
		this.line = line;
	}

	/**
	 * Reads the document's elements in {@code namespace}; the caller has refused a
	 * DOCTYPE already.
	 * @throws SbomReadException {@code sbom.read.malformedXml} with line and column when
	 * it is not well-formed
	 */
	static XmlElement parse(byte[] content, String namespace) {
		try {
			XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				return read(reader, namespace);
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw SbomReadException.malformedXml(ex);
		}
	}

	private static XmlElement read(XMLStreamReader reader, String namespace) throws XMLStreamException {
		Deque<XmlElement> open = new ArrayDeque<>();
		XmlElement root = null;
		int skipping = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (skipping > 0 || !namespace.equals(reader.getNamespaceURI())) {
					skipping++;
					continue;
				}
				XmlElement element = new XmlElement(reader.getLocalName(), attributes(reader),
						reader.getLocation().getLineNumber());
				if (open.isEmpty()) {
					root = element;
				}
				else {
					open.peek().children.add(element);
				}
				open.push(element);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (skipping > 0) {
					skipping--;
				}
				else {
					open.pop();
				}
			}
			else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0
					&& !open.isEmpty()) {
				open.peek().text.append(reader.getText());
			}
		}
		if (root == null) {
			throw new SbomReadException("sbom.read.malformedXml", null, 1, 1, "no element in " + namespace);
		}
		return root;
	}

	private static Map<String, String> attributes(XMLStreamReader reader) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String attributeNamespace = reader.getAttributeNamespace(i);
			// Unqualified attributes are the schema's own; qualified ones are extensions.
			if (attributeNamespace == null || attributeNamespace.isEmpty()) {
				attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
			}
		}
		return attributes;
	}

	String name() {
		return this.name;
	}

	int line() {
		return this.line;
	}

	/** The attribute's value, or {@code null}. */
	String attribute(String attributeName) {
		return this.attributes.get(attributeName);
	}

	/** The element's own text, as written (not trimmed). */
	String text() {
		return this.text.toString();
	}

	List<XmlElement> children() {
		return this.children;
	}

	/** Child elements with that name, in document order. */
	List<XmlElement> children(String childName) {
		return this.children.stream().filter((child) -> child.name.equals(childName)).toList();
	}

	/** The first child element with that name, or {@code null}. */
	XmlElement child(String childName) {
		return this.children.stream().filter((child) -> child.name.equals(childName)).findFirst().orElse(null);
	}

	/** The text of the first child element with that name, or {@code null}. */
	String childText(String childName) {
		XmlElement child = child(childName);
		return (child != null) ? child.text() : null;
	}

	@Override
	public String toString() {
		return "<" + this.name + "> line " + this.line + " " + Objects.toString(this.attributes);
	}

}
