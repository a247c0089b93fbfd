package dev.mamori.sbom.format.spdx;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The licence an SPDX 3 licence relationship points at, as the model keeps it: an
 * expression as written, a listed licence by its SPDX id, a custom licence by its name.
 * {@code NOASSERTION} and {@code NONE} are no licence.
 */
final class Spdx3Licences {

	private static final String LISTED = "https://spdx.org/licenses/";

	private Spdx3Licences() {
	}

	/** The licence text for the model, or {@code null}. */
	static String text(Spdx3Graph graph, JsonNode reference) {
		Spdx3Graph.Element element = graph.resolve(reference);
		if (element == null) {
			String id = Spdx3Graph.referenceId(reference);
			// A listed licence need not be in the graph: its IRI names it.
			return (id != null && id.startsWith(LISTED)) ? SpdxText.asserted(id.substring(LISTED.length())) : null;
		}
		String type = element.type();
		if (type.endsWith("NoAssertionLicense") || type.endsWith("NoneLicense")) {
			return null;
		}
		if (element.node().has("simplelicensing_licenseExpression")) {
			String expression = SpdxText.asserted(element.text("simplelicensing_licenseExpression"));
			return (expression != null) ? customName(graph, element, expression) : null;
		}
		if (element.id() != null && element.id().startsWith(LISTED)) {
			return SpdxText.asserted(element.id().substring(LISTED.length()));
		}
		String name = SpdxText.asserted(element.text("name"));
		return (name != null) ? name : SpdxText.asserted(element.id());
	}

	/**
	 * An expression that is a single {@code LicenseRef-} mapped to a named custom licence
	 * is read as that name, as the SPDX 2 readers do with extracted licences.
	 */
	private static String customName(Spdx3Graph graph, Spdx3Graph.Element expression, String text) {
		if (!text.startsWith("LicenseRef-") || text.contains(" ")) {
			return text;
		}
		for (JsonNode entry : Spdx3Graph.values(expression.node(), "simplelicensing_customIdToUri")) {
			if (entry.isObject() && text.equals(entry.path("key").asText(null))) {
				Spdx3Graph.Element custom = graph.resolve(entry.get("value"));
				String name = (custom != null) ? SpdxText.asserted(custom.text("name")) : null;
				return (name != null) ? name : text;
			}
		}
		return text;
	}

}
