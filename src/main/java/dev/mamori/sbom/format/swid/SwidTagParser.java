package dev.mamori.sbom.format.swid;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.mamori.sbom.format.SafeXml;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.ComponentHash;

/**
 * Reads one SWID tag with StAX from {@link SafeXml#inputFactory()}, after refusing a
 * DOCTYPE ({@link SafeXml#requireNoDoctype}). Only what the model needs is read: the
 * {@code SoftwareIdentity} attributes, {@code Entity}, {@code Link}, {@code Meta}, and
 * the hash attributes of {@code File} elements anywhere under {@code Payload} or
 * {@code Evidence}. The 2015 namespace is the standard's; the 2009 namespace is accepted
 * for tags that use the 2015 structure under the older name.
 */
final class SwidTagParser {

	static final String NAMESPACE_2015 = "http://standards.iso.org/iso/19770/-2/2015/schema.xsd";

	static final String NAMESPACE_2009 = "http://standards.iso.org/iso/19770/-2/2009/schema.xsd";

	/** Hash attributes are named {@code hash} in the namespace of their algorithm. */
	private static final Map<String, String> HASH_NAMESPACES = Map.of("http://www.w3.org/2001/04/xmlenc#sha256",
			"SHA-256", "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512",
			"http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384", "http://www.w3.org/2000/09/xmldsig#sha1",
			"SHA-1", "http://www.w3.org/2007/05/xmldsig-more#sha3-256", "SHA3-256",
			"http://www.w3.org/2007/05/xmldsig-more#sha3-384", "SHA3-384",
			"http://www.w3.org/2007/05/xmldsig-more#sha3-512", "SHA3-512");

	/** Roles that name the supplier, in order of preference. */
	private static final List<String> SUPPLIER_ROLES = List.of("softwarecreator", "licensor", "distributor");

	private static final Set<String> META_ATTRIBUTES = Set.of("product", "colloquialVersion", "edition", "revision",
			"summary", "generator", "entitlementDataRequired");

	private SwidTagParser() {
	}

	/**
	 * @param source the zip entry the tag comes from, or {@code null}
	 * @throws SbomReadException {@code sbom.read.xmlDoctype},
	 * {@code sbom.read.malformedXml}, {@code sbom.read.swid.notSwid} or
	 * {@code sbom.read.swid.missingAttribute}
	 */
	static SwidTag parse(byte[] content, String source) {
		SafeXml.Root root = SafeXml.requireNoDoctype(content);
		String namespace = (root.namespace() != null) ? root.namespace() : "";
		if (!"SoftwareIdentity".equals(root.localName())
				|| !(NAMESPACE_2015.equals(namespace) || NAMESPACE_2009.equals(namespace))) {
			throw new SbomReadException("sbom.read.swid.notSwid", null, root.localName(), namespace);
		}
		try {
			XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				return new Reading(reader, namespace, source).read();
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw SbomReadException.malformedXml(ex);
		}
	}

	/** The state of reading one tag. */
	private static final class Reading {

		private final XMLStreamReader reader;

		private final String namespace;

		private final String source;

		private final Map<String, List<String>> entitiesByRole = new LinkedHashMap<>();

		private final List<ComponentHash> hashes = new ArrayList<>();

		private final List<SwidTag.Link> links = new ArrayList<>();

		private final Map<String, String> properties = new LinkedHashMap<>();

		private String description;

		Reading(XMLStreamReader reader, String namespace, String source) {
			this.reader = reader;
			this.namespace = namespace;
			this.source = source;
		}

		SwidTag read() throws XMLStreamException {
			String tagId = null;
			String name = null;
			String version = null;
			int depth = 0;
			boolean inPayloadOrEvidence = false;
			int payloadDepth = 0;
			while (this.reader.hasNext()) {
				int event = this.reader.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					if (inPayloadOrEvidence && depth == payloadDepth) {
						inPayloadOrEvidence = false;
					}
					depth--;
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				depth++;
				boolean ours = this.namespace.equals(this.reader.getNamespaceURI());
				String element = this.reader.getLocalName();
				if (depth == 1) {
					tagId = required("tagId");
					name = required("name");
					version = attribute("version");
					putProperty("versionScheme", attribute("versionScheme"));
				}
				else if (depth == 2 && ours) {
					switch (element) {
						case "Entity" -> entity();
						case "Link" -> link();
						case "Meta" -> meta();
						case "Payload", "Evidence" -> {
							inPayloadOrEvidence = true;
							payloadDepth = depth;
						}
						default -> {
							// Other elements carry nothing the model holds.
						}
					}
				}
				else if (inPayloadOrEvidence && ours && "File".equals(element)) {
					fileHashes();
				}
			}
			return new SwidTag(NAMESPACE_2009.equals(this.namespace) ? "2009" : "2015", tagId, name, version,
					supplier(), this.entitiesByRole.getOrDefault("tagcreator", List.of()), this.hashes, this.links,
					this.description, this.properties, this.source);
		}

		private void entity() {
			String entityName = attribute("name");
			String roles = attribute("role");
			if (entityName == null || roles == null) {
				return;
			}
			for (String role : roles.strip().split("\\s+")) {
				this.entitiesByRole.computeIfAbsent(role.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
					.add(entityName);
			}
		}

		private void link() {
			String href = attribute("href");
			String rel = attribute("rel");
			if (href != null && rel != null && href.regionMatches(true, 0, "swid:", 0, 5)) {
				String target = href.substring(5).strip();
				if (!target.isEmpty()) {
					this.links.add(new SwidTag.Link(rel.toLowerCase(Locale.ROOT), target));
				}
			}
		}

		private void meta() {
			for (int i = 0; i < this.reader.getAttributeCount(); i++) {
				String attributeName = this.reader.getAttributeLocalName(i);
				String value = this.reader.getAttributeValue(i);
				if ("description".equals(attributeName) && this.description == null && !value.isBlank()) {
					this.description = value.strip();
				}
				else if (META_ATTRIBUTES.contains(attributeName)) {
					putProperty(attributeName, value);
				}
			}
		}

		private void fileHashes() {
			for (int i = 0; i < this.reader.getAttributeCount(); i++) {
				String algorithm = HASH_NAMESPACES.get(this.reader.getAttributeNamespace(i));
				String value = this.reader.getAttributeValue(i);
				if (algorithm != null && "hash".equals(this.reader.getAttributeLocalName(i)) && !value.isBlank()) {
					this.hashes.add(new ComponentHash(algorithm, value));
				}
			}
		}

		private String supplier() {
			for (String role : SUPPLIER_ROLES) {
				List<String> names = this.entitiesByRole.get(role);
				if (names != null) {
					return names.get(0);
				}
			}
			return null;
		}

		private String required(String attributeName) {
			String value = attribute(attributeName);
			if (value == null) {
				int line = this.reader.getLocation().getLineNumber();
				throw new SbomReadException("sbom.read.swid.missingAttribute", "line " + line, attributeName, line);
			}
			return value;
		}

		/**
		 * An unqualified attribute's trimmed value, {@code null} when absent or blank.
		 */
		private String attribute(String attributeName) {
			String value = this.reader.getAttributeValue(null, attributeName);
			if (value == null || value.isBlank()) {
				return null;
			}
			return value.strip();
		}

		private void putProperty(String propertyName, String value) {
			if (value != null && !value.isBlank()) {
				this.properties.putIfAbsent(propertyName, value.strip());
			}
		}

	}

}
