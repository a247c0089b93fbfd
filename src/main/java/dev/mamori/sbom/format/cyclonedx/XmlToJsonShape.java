package dev.mamori.sbom.format.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the parts of a CycloneDX XML document that Mamori maps (metadata, components,
 * services' refs, dependencies) into the shape of CycloneDX JSON, so that one mapping
 * reads both encodings. The XML has been validated against its schema, so elements are
 * where the schema puts them; this only changes their spelling (attributes and wrapper
 * elements become JSON fields and arrays).
 */
final class XmlToJsonShape {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private XmlToJsonShape() {
	}

	static ObjectNode bom(XmlElement bom, String specVersion) {
		ObjectNode json = JSON.objectNode();
		json.put("bomFormat", "CycloneDX");
		json.put("specVersion", specVersion);
		putText(json, "serialNumber", bom.attribute("serialNumber"));
		XmlElement metadata = bom.child("metadata");
		if (metadata != null) {
			json.set("metadata", metadata(metadata));
		}
		XmlElement components = bom.child("components");
		if (components != null) {
			json.set("components", components(components));
		}
		XmlElement services = bom.child("services");
		if (services != null) {
			json.set("services", services(services));
		}
		XmlElement dependencies = bom.child("dependencies");
		if (dependencies != null) {
			ArrayNode array = json.putArray("dependencies");
			dependencies.children("dependency").forEach((dependency) -> addDependency(array, dependency));
		}
		return json;
	}

	private static ObjectNode metadata(XmlElement metadata) {
		ObjectNode json = JSON.objectNode();
		putText(json, "timestamp", metadata.childText("timestamp"));
		XmlElement tools = metadata.child("tools");
		if (tools != null) {
			json.set("tools", tools(tools));
		}
		XmlElement authors = metadata.child("authors");
		if (authors != null) {
			ArrayNode array = json.putArray("authors");
			authors.children("author").forEach((author) -> array.add(contact(author)));
		}
		XmlElement component = metadata.child("component");
		if (component != null) {
			json.set("component", component(component));
		}
		for (String entity : new String[] { "manufacture", "manufacturer", "supplier" }) {
			XmlElement element = metadata.child(entity);
			if (element != null) {
				json.set(entity, organization(element));
			}
		}
		return json;
	}

	/**
	 * Legacy {@code <tool>} elements become an array, 1.5+ components and services an
	 * object.
	 */
	private static JsonNode tools(XmlElement tools) {
		if (tools.child("tool") != null) {
			ArrayNode array = JSON.arrayNode();
			for (XmlElement tool : tools.children("tool")) {
				ObjectNode json = array.addObject();
				putText(json, "vendor", tool.childText("vendor"));
				putText(json, "name", tool.childText("name"));
				putText(json, "version", tool.childText("version"));
			}
			return array;
		}
		ObjectNode json = JSON.objectNode();
		XmlElement components = tools.child("components");
		if (components != null) {
			json.set("components", components(components));
		}
		XmlElement services = tools.child("services");
		if (services != null) {
			json.set("services", services(services));
		}
		return json;
	}

	private static ArrayNode components(XmlElement components) {
		ArrayNode array = JSON.arrayNode();
		components.children("component").forEach((component) -> array.add(component(component)));
		return array;
	}

	private static ObjectNode component(XmlElement component) {
		ObjectNode json = JSON.objectNode();
		putText(json, "type", component.attribute("type"));
		putText(json, "bom-ref", component.attribute("bom-ref"));
		for (String entity : new String[] { "supplier", "manufacturer" }) {
			XmlElement element = component.child(entity);
			if (element != null) {
				json.set(entity, organization(element));
			}
		}
		for (String field : new String[] { "author", "publisher", "group", "name", "version", "description", "cpe",
				"purl" }) {
			putText(json, field, component.childText(field));
		}
		XmlElement hashes = component.child("hashes");
		if (hashes != null) {
			ArrayNode array = json.putArray("hashes");
			for (XmlElement hash : hashes.children("hash")) {
				ObjectNode entry = array.addObject();
				putText(entry, "alg", hash.attribute("alg"));
				putText(entry, "content", hash.text());
			}
		}
		XmlElement licenses = component.child("licenses");
		if (licenses != null) {
			json.set("licenses", licenses(licenses));
		}
		XmlElement swid = component.child("swid");
		if (swid != null) {
			ObjectNode entry = json.putObject("swid");
			putText(entry, "tagId", swid.attribute("tagId"));
			putText(entry, "name", swid.attribute("name"));
			putText(entry, "version", swid.attribute("version"));
		}
		XmlElement properties = component.child("properties");
		if (properties != null) {
			ArrayNode array = json.putArray("properties");
			for (XmlElement property : properties.children("property")) {
				ObjectNode entry = array.addObject();
				putText(entry, "name", property.attribute("name"));
				entry.put("value", property.text());
			}
		}
		XmlElement nested = component.child("components");
		if (nested != null) {
			json.set("components", components(nested));
		}
		return json;
	}

	private static ArrayNode licenses(XmlElement licenses) {
		ArrayNode array = JSON.arrayNode();
		for (XmlElement choice : licenses.children()) {
			if ("license".equals(choice.name())) {
				ObjectNode license = array.addObject().putObject("license");
				putText(license, "id", choice.childText("id"));
				putText(license, "name", choice.childText("name"));
			}
			else if ("expression".equals(choice.name())) {
				putText(array.addObject(), "expression", choice.text());
			}
		}
		return array;
	}

	/** Services matter only for their refs: dependencies may name them. */
	private static ArrayNode services(XmlElement services) {
		ArrayNode array = JSON.arrayNode();
		for (XmlElement service : services.children("service")) {
			ObjectNode json = array.addObject();
			putText(json, "bom-ref", service.attribute("bom-ref"));
			XmlElement provider = service.child("provider");
			if (provider != null) {
				json.set("provider", organization(provider));
			}
			putText(json, "group", service.childText("group"));
			putText(json, "name", service.childText("name"));
			putText(json, "version", service.childText("version"));
			XmlElement nested = service.child("services");
			if (nested != null) {
				json.set("services", services(nested));
			}
		}
		return array;
	}

	/**
	 * A {@code <dependency ref>} with its {@code <dependency ref>} and {@code <provides
	 * ref>} children; nested dependencies that list their own become entries of their
	 * own.
	 */
	private static void addDependency(ArrayNode array, XmlElement dependency) {
		ObjectNode json = array.addObject();
		putText(json, "ref", dependency.attribute("ref"));
		ArrayNode dependsOn = json.putArray("dependsOn");
		ArrayNode provides = json.putArray("provides");
		for (XmlElement child : dependency.children()) {
			if ("dependency".equals(child.name())) {
				dependsOn.add(child.attribute("ref"));
				if (!child.children().isEmpty()) {
					addDependency(array, child);
				}
			}
			else if ("provides".equals(child.name())) {
				provides.add(child.attribute("ref"));
			}
		}
	}

	private static ObjectNode organization(XmlElement entity) {
		ObjectNode json = JSON.objectNode();
		putText(json, "name", entity.childText("name"));
		return json;
	}

	private static ObjectNode contact(XmlElement contact) {
		ObjectNode json = JSON.objectNode();
		putText(json, "name", contact.childText("name"));
		putText(json, "email", contact.childText("email"));
		return json;
	}

	private static void putText(ObjectNode json, String field, String value) {
		if (value != null) {
			json.put(field, value);
		}
	}

}
