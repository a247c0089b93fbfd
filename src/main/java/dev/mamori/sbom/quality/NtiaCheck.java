package dev.mamori.sbom.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;

/**
 * Checks an SBOM for the NTIA minimum elements (S3, Table 4).
 * <p>
 * A component has relationships when it takes part in at least one relationship of the
 * document (as either end); an SBOM of a single component therefore needs a DESCRIBES or
 * containment entry like any other. A malformed purl or CPE still counts as an identifier
 * for the minimum elements (the supplier gave one), but is reported as a problem because
 * it cannot be matched.
 */
public final class NtiaCheck {

	private NtiaCheck() {
	}

	public static NtiaReport check(SbomDocument document) {
		Set<Element> documentMissing = EnumSet.noneOf(Element.class);
		if (document.metadata().authors().isEmpty()) {
			documentMissing.add(Element.AUTHOR);
		}
		if (document.metadata().timestamp() == null) {
			documentMissing.add(Element.TIMESTAMP);
		}
		Set<String> related = related(document.relationships());
		Map<Element, Integer> counts = new EnumMap<>(Element.class);
		List<ComponentGaps> gaps = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		// What the reader accepted leniently concerns the whole document: it comes first.
		for (ReadWarning warning : document.warnings()) {
			List<Object> arguments = new ArrayList<>(warning.arguments());
			problems.add(new Problem(Problem.Kind.READ_WARNING, null, warning.code(), arguments));
		}
		Map<String, String> seen = new HashMap<>();
		for (SbomComponent component : document.components()) {
			Set<Element> missing = missing(component, related);
			missing.forEach((element) -> counts.merge(element, 1, Integer::sum));
			if (missing.stream().anyMatch(Element::required)) {
				Set<Element> required = EnumSet.copyOf(missing);
				required.remove(Element.HASH);
				gaps.add(new ComponentGaps(component.ref(), component.name(), component.version(), required));
			}
			identifierProblems(component, problems);
			String key = duplicateKey(component);
			String first = seen.putIfAbsent(key, component.ref());
			if (first != null) {
				problems.add(new Problem(Problem.Kind.DUPLICATE, component.ref(), "sbom.problem.duplicate",
						List.of(display(component), first)));
			}
		}
		for (Element element : documentMissing) {
			counts.put(element, document.components().size());
		}
		boolean complete = documentMissing.isEmpty() && gaps.isEmpty();
		return new NtiaReport(complete, document.components().size(), documentMissing, counts, gaps, problems);
	}

	private static Set<Element> missing(SbomComponent component, Set<String> related) {
		Set<Element> missing = EnumSet.noneOf(Element.class);
		if (component.supplier() == null) {
			missing.add(Element.SUPPLIER);
		}
		if (component.name() == null) {
			missing.add(Element.NAME);
		}
		if (component.version() == null) {
			missing.add(Element.VERSION);
		}
		if (!component.hasUniqueIdentifier()) {
			missing.add(Element.UNIQUE_ID);
		}
		if (!related.contains(component.ref())) {
			missing.add(Element.RELATIONSHIPS);
		}
		if (component.hashes().isEmpty()) {
			missing.add(Element.HASH);
		}
		return missing;
	}

	private static Set<String> related(List<Relationship> relationships) {
		Set<String> related = new HashSet<>();
		for (Relationship relationship : relationships) {
			related.add(relationship.from());
			related.add(relationship.to());
		}
		return related;
	}

	private static void identifierProblems(SbomComponent component, List<Problem> problems) {
		if (!component.hasUniqueIdentifier()) {
			problems.add(new Problem(Problem.Kind.NO_IDENTIFIER, component.ref(), "sbom.problem.noIdentifier",
					List.of(display(component))));
		}
		if (component.purl() != null && !isValidPurl(component.purl())) {
			problems.add(new Problem(Problem.Kind.MALFORMED_PURL, component.ref(), "sbom.problem.malformedPurl",
					List.of(display(component), component.purl())));
		}
		for (String cpe : component.cpes()) {
			if (!isValidCpe(cpe)) {
				problems.add(new Problem(Problem.Kind.MALFORMED_CPE, component.ref(), "sbom.problem.malformedCpe",
						List.of(display(component), cpe)));
			}
		}
	}

	static boolean isValidPurl(String purl) {
		try {
			new PackageURL(purl);
			return true;
		}
		catch (MalformedPackageURLException | RuntimeException ex) {
			return false;
		}
	}

	static boolean isValidCpe(String cpe) {
		try {
			CpeParser.parse(cpe);
			return true;
		}
		catch (CpeParsingException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Two entries are the same component when their identifier (or, lacking one, name)
	 * and version agree.
	 */
	private static String duplicateKey(SbomComponent component) {
		String identity = (component.uniqueIdentifier() != null) ? component.uniqueIdentifier()
				: "name:" + String.valueOf(component.name()).toLowerCase(Locale.ROOT);
		return identity + "@" + component.version();
	}

	static String display(SbomComponent component) {
		String name = (component.name() != null) ? component.name() : component.ref();
		return (component.version() != null) ? name + " " + component.version() : name;
	}

}
