package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.format.SbomReadException;

/**
 * The elements of an SPDX 3 JSON-LD document, indexed by {@code spdxId} (or {@code @id}
 * for blank nodes such as {@code _:creationinfo}). A document is a {@code @graph} of
 * elements, or a single element object (the JSON schema allows both). References are
 * either ids or the element written inline; {@link #resolve} takes both.
 */
final class Spdx3Graph {

	private static final Pattern CONTEXT_VERSION = Pattern.compile("spdx\\.org/rdf/(3[0-9.]*)/");

	private static final String TERMS = "/terms/";

	/** An element, with its normalized type and where it is. */
	record Element(JsonNode node, String type, String id, String pointer) {

		String text(String field) {
			return SpdxJson.text(this.node, field, this.pointer);
		}

	}

	private final List<Element> elements = new ArrayList<>();

	private final Map<String, Element> byId = new HashMap<>();

	private final String contextVersion;

	private Spdx3Graph(String contextVersion) {
		this.contextVersion = contextVersion;
	}

	/**
	 * @throws SbomReadException when {@code @graph} is not an array of typed objects, or
	 * the document is neither a graph nor an element
	 */
	static Spdx3Graph of(JsonNode root) {
		Spdx3Graph graph = new Spdx3Graph(contextVersion(root.get("@context")));
		JsonNode items = root.get("@graph");
		if (items != null) {
			if (!items.isArray()) {
				throw new SbomReadException("sbom.spdx.expectedArray", "/@graph", "/@graph");
			}
			for (int i = 0; i < items.size(); i++) {
				graph.add(SpdxJson.objectItem(items, i, "/@graph"), SpdxJson.pointer("/@graph", i));
			}
		}
		else if (root.has("type") || root.has("@type")) {
			graph.add(root, "");
		}
		else {
			throw new SbomReadException("sbom.spdx3.noElements", null);
		}
		return graph;
	}

	private void add(JsonNode node, String pointer) {
		String type = type(node);
		if (type == null) {
			String at = SpdxJson.pointer(pointer, "type");
			throw new SbomReadException("sbom.spdx.missingField", at, at);
		}
		String id = id(node);
		Element element = new Element(node, type, id, pointer);
		this.elements.add(element);
		if (id != null) {
			this.byId.putIfAbsent(id, element);
		}
	}

	List<Element> elements() {
		return this.elements;
	}

	boolean defines(String id) {
		return this.byId.containsKey(id);
	}

	/** The version in the {@code @context} IRI ({@code 3.0.1}), or {@code null}. */
	String contextVersion() {
		return this.contextVersion;
	}

	/**
	 * The element a reference names: an id defined in the graph, or an element written
	 * inline; {@code null} otherwise.
	 */
	Element resolve(JsonNode reference) {
		if (reference == null || reference.isNull()) {
			return null;
		}
		if (reference.isTextual()) {
			return this.byId.get(reference.textValue());
		}
		if (reference.isObject()) {
			String type = type(reference);
			return (type != null) ? new Element(reference, type, id(reference), null) : null;
		}
		return null;
	}

	/** The id a reference names (inline elements: their own id), or {@code null}. */
	static String referenceId(JsonNode reference) {
		if (reference == null) {
			return null;
		}
		if (reference.isTextual()) {
			return SpdxText.clean(reference.textValue());
		}
		return reference.isObject() ? id(reference) : null;
	}

	/** A property that may hold one value or an array of them, as a list. */
	static List<JsonNode> values(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			return List.of(value);
		}
		List<JsonNode> values = new ArrayList<>(value.size());
		value.forEach(values::add);
		return values;
	}

	/**
	 * The type in the compact form the SPDX context defines ({@code software_Package}),
	 * also when written as a full IRI
	 * ({@code https://spdx.org/rdf/3.0.1/terms/Software/Package}).
	 */
	static String type(JsonNode node) {
		JsonNode type = node.has("type") ? node.get("type") : node.get("@type");
		if (type == null || !type.isTextual()) {
			return null;
		}
		String text = type.textValue().strip();
		int terms = text.indexOf(TERMS);
		if (terms >= 0) {
			String[] parts = text.substring(terms + TERMS.length()).split("/");
			if (parts.length == 2) {
				return "Core".equals(parts[0]) ? parts[1] : parts[0].toLowerCase(Locale.ROOT) + "_" + parts[1];
			}
		}
		return text.isEmpty() ? null : text;
	}

	private static String id(JsonNode node) {
		JsonNode id = node.has("spdxId") ? node.get("spdxId") : node.get("@id");
		return (id != null && id.isTextual()) ? SpdxText.clean(id.textValue()) : null;
	}

	private static String contextVersion(JsonNode context) {
		if (context == null) {
			return null;
		}
		Matcher matcher = CONTEXT_VERSION.matcher(context.toString());
		return matcher.find() ? matcher.group(1) : null;
	}

}
