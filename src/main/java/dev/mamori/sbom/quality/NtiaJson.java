package dev.mamori.sbom.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The NTIA report as the JSON the CLI ({@code mamori sbom check --json}) and the API
 * share:
 * {@code {complete, components, missing: {supplier, name, version, uniqueId, relationships, author,
 * timestamp, hash}, documentMissing, componentsMissing: [...]}} and the problems.
 */
public final class NtiaJson {

	private NtiaJson() {
	}

	public static Map<String, Object> ntia(NtiaReport report) {
		Map<String, Object> missing = new LinkedHashMap<>();
		for (Element element : Element.values()) {
			missing.put(element.jsonName(), report.missingCounts().get(element));
		}
		Map<String, Object> ntia = new LinkedHashMap<>();
		ntia.put("complete", report.complete());
		ntia.put("components", report.components());
		ntia.put("missing", missing);
		ntia.put("documentMissing", report.documentMissing().stream().map(Element::jsonName).sorted().toList());
		ntia.put("componentsMissing", report.componentsMissing().stream().map((gaps) -> {
			Map<String, Object> component = new LinkedHashMap<>();
			component.put("ref", gaps.ref());
			component.put("name", gaps.name());
			component.put("version", gaps.version());
			component.put("missing", gaps.missing().stream().map(Element::jsonName).sorted().toList());
			return component;
		}).toList());
		return ntia;
	}

	/** The problems, each with its message in the reader's language. */
	public static List<Map<String, Object>> problems(NtiaReport report, Function<Problem, String> message) {
		return report.problems().stream().map((problem) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", problem.kind().name());
			entry.put("component", problem.componentRef());
			entry.put("code", problem.code());
			entry.put("message", message.apply(problem));
			return entry;
		}).toList();
	}

}
