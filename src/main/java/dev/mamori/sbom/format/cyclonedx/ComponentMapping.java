package dev.mamori.sbom.format.cyclonedx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SupportInfo;

/**
 * One CycloneDX component (in JSON shape) as a {@link SbomComponent}, without its nested
 * components, which {@link CycloneDxMapping} walks.
 * <ul>
 * <li>supplier: {@code supplier.name}, else {@code manufacturer.name} (1.6), else
 * {@code publisher};</li>
 * <li>{@code group} is kept as the property {@code group}, not folded into the name, so
 * that names compare across formats;</li>
 * <li>licences: each {@code license.id}, else {@code license.name}, and
 * {@code expression}s;</li>
 * <li>properties are kept by name; a name given several times keeps every value, one per
 * line; {@code mamori:cpe} properties (written by Mamori for CPEs beyond the first) are
 * read back as CPEs, and {@code mamori:name-missing} as no name;</li>
 * <li>support information is taken out of the properties into
 * {@link SbomComponent#support()} ({@link SupportProperties}).</li>
 * </ul>
 */
final class ComponentMapping {

	/** The property Mamori writes for every CPE after the first. */
	static final String EXTRA_CPE_PROPERTY = "mamori:cpe";

	static final String GROUP_PROPERTY = "group";

	/**
	 * The property Mamori writes on a component that had no name (CycloneDX requires one;
	 * the ref stands in).
	 */
	static final String NAME_MISSING_PROPERTY = "mamori:name-missing";

	private ComponentMapping() {
	}

	static SbomComponent map(JsonNode component, String ref) {
		String supplier = firstNonNull(text(component.path("supplier"), "name"),
				text(component.path("manufacturer"), "name"), text(component, "publisher"));
		Map<String, String> properties = properties(component);
		List<String> cpes = new ArrayList<>();
		addIfPresent(cpes, text(component, "cpe"));
		String extraCpes = properties.remove(EXTRA_CPE_PROPERTY);
		if (extraCpes != null) {
			extraCpes.lines().map(String::strip).filter((cpe) -> !cpe.isEmpty()).forEach(cpes::add);
		}
		String group = text(component, "group");
		if (group != null) {
			properties.putIfAbsent(GROUP_PROPERTY, group);
		}
		SupportInfo support = SupportProperties.take(properties);
		String name = "true".equals(properties.remove(NAME_MISSING_PROPERTY)) ? null : text(component, "name");
		return new SbomComponent(ref, text(component, "type"), supplier, name, text(component, "version"),
				text(component, "purl"), cpes, text(component.path("swid"), "tagId"), hashes(component),
				licenses(component), text(component, "description"), support, properties);
	}

	private static List<ComponentHash> hashes(JsonNode component) {
		List<ComponentHash> hashes = new ArrayList<>();
		for (JsonNode hash : component.path("hashes")) {
			String algorithm = text(hash, "alg");
			String content = text(hash, "content");
			if (algorithm != null && content != null) {
				hashes.add(new ComponentHash(algorithm, content));
			}
		}
		return hashes;
	}

	private static List<String> licenses(JsonNode component) {
		List<String> licenses = new ArrayList<>();
		for (JsonNode choice : component.path("licenses")) {
			JsonNode license = choice.path("license");
			addIfPresent(licenses,
					firstNonNull(text(license, "id"), text(license, "name"), text(choice, "expression")));
		}
		return licenses;
	}

	/** Properties in document order; values of a repeated name joined by line breaks. */
	private static Map<String, String> properties(JsonNode component) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (JsonNode property : component.path("properties")) {
			String name = text(property, "name");
			if (name == null) {
				continue;
			}
			JsonNode value = property.get("value");
			String text = (value != null && !value.isNull()) ? value.asText() : "";
			properties.merge(name, text, (first, next) -> first + "\n" + next);
		}
		return properties;
	}

	/** A trimmed text field, {@code null} when absent or blank. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainerNode()) {
			return null;
		}
		String text = value.asText().strip();
		return text.isEmpty() ? null : text;
	}

	@SafeVarargs
	static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static void addIfPresent(List<String> list, String value) {
		if (value != null) {
			list.add(value);
		}
	}

}
