package dev.mamori.sbom.web;

import java.util.List;
import java.util.Locale;

import dev.mamori.sbom.model.SbomComponent;

/**
 * The filter of a component list: every word of the query must appear, ignoring case, in
 * the component's name, version, supplier, purl, CPEs or SWID tag id.
 */
final class ComponentFilter {

	private ComponentFilter() {
	}

	static List<SbomComponent> matching(List<SbomComponent> components, String query) {
		if (query == null || query.isBlank()) {
			return components;
		}
		List<String> words = List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
		return components.stream().filter((component) -> {
			String text = searchable(component);
			return words.stream().allMatch(text::contains);
		}).toList();
	}

	private static String searchable(SbomComponent component) {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { component.name(), component.version(), component.supplier(), component.purl(),
				component.swidTagId() }) {
			if (part != null) {
				text.append(part).append('\n');
			}
		}
		component.cpes().forEach((cpe) -> text.append(cpe).append('\n'));
		return text.toString().toLowerCase(Locale.ROOT);
	}

}
