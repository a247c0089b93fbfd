package dev.mamori.sbom.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NTIA minimum elements of one SBOM.
 *
 * @param complete every required element is present for the document and every component
 * @param components how many components were checked
 * @param documentMissing document-level elements missing ({@link Element#AUTHOR},
 * {@link Element#TIMESTAMP})
 * @param missingCounts per element, how many components lack it; a document-level element
 * missing counts for every component, since every entry then lacks it
 * @param componentsMissing the components that lack a required component-level element
 * @param problems other defects (no identifier, malformed purl or CPE, duplicates, read
 * warnings)
 */
public record NtiaReport(boolean complete, int components, Set<Element> documentMissing,
		Map<Element, Integer> missingCounts, List<ComponentGaps> componentsMissing, List<Problem> problems) {

	public NtiaReport {
		documentMissing = Set.copyOf(documentMissing);
		EnumMap<Element, Integer> counts = new EnumMap<>(Element.class);
		for (Element element : Element.values()) {
			counts.put(element, missingCounts.getOrDefault(element, 0));
		}
		missingCounts = Collections.unmodifiableMap(counts);
		componentsMissing = List.copyOf(componentsMissing);
		problems = List.copyOf(problems);
	}

	/** How many components have the element (for the summary bars). */
	public int present(Element element) {
		return this.components - this.missingCounts.get(element);
	}

}
