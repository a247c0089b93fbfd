package dev.mamori.sbom.format.spdx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SupportInfo;

/**
 * Maps an SPDX 3 package or file to a component: {@code name},
 * {@code software_packageVersion}, supplier from {@code suppliedBy} else the first of
 * {@code originatedBy} (the agent's name), purl from {@code software_packageUrl} else a
 * {@code packageUrl} external identifier, CPEs and SWID tag id from external identifiers,
 * hashes from {@code verifiedUsing}, type from {@code software_primaryPurpose},
 * description (else summary), licences, and support from {@code supportLevel} and
 * {@code validUntilTime}.
 */
final class Spdx3Components {

	private final Spdx3Graph graph;

	private final Map<String, List<String>> licences;

	private final ReadWarnings warnings;

	Spdx3Components(Spdx3Graph graph, Map<String, List<String>> licences, ReadWarnings warnings) {
		this.graph = graph;
		this.licences = licences;
		this.warnings = warnings;
	}

	SbomComponent component(Spdx3Graph.Element element, String ref, boolean fileLevel) {
		String purl = SpdxText.clean(element.text("software_packageUrl"));
		List<String> cpes = new ArrayList<>(1);
		String swidTagId = null;
		for (JsonNode identifier : Spdx3Graph.values(element.node(), "externalIdentifier")) {
			String type = SpdxPurposes.lastSegment(identifier.path("externalIdentifierType").asText(""));
			String value = SpdxText.clean(identifier.path("identifier").asText(null));
			if (value == null) {
				continue;
			}
			switch (type) {
				case "packageUrl" -> purl = (purl != null) ? purl : value;
				case "cpe22", "cpe23" -> {
					if (!cpes.contains(value)) {
						cpes.add(value);
					}
				}
				case "swid" -> swidTagId = (swidTagId != null) ? swidTagId : value;
				default -> {
					// e-mail, CVE, gitoid …: not an identifier for vulnerability
					// matching.
				}
			}
		}
		String description = SpdxText.clean(element.text("description"));
		if (description == null) {
			description = SpdxText.clean(element.text("summary"));
		}
		Map<String, String> properties = new LinkedHashMap<>(2);
		putIfAsserted(properties, SpdxProperties.DOWNLOAD_LOCATION, element.text("software_downloadLocation"));
		putIfAsserted(properties, SpdxProperties.HOMEPAGE, element.text("software_homePage"));
		String type = fileLevel ? "file" : SpdxPurposes.fromSpdx3(element.text("software_primaryPurpose"));
		return new SbomComponent(ref, type, supplier(element), SpdxText.clean(element.text("name")),
				SpdxText.asserted(element.text("software_packageVersion")), purl, cpes, swidTagId, hashes(element),
				this.licences.getOrDefault(element.id(), List.of()), description, support(element), properties);
	}

	private String supplier(Spdx3Graph.Element element) {
		String supplier = agentName(element.node().get("suppliedBy"));
		if (supplier == null) {
			for (JsonNode originator : Spdx3Graph.values(element.node(), "originatedBy")) {
				supplier = agentName(originator);
				if (supplier != null) {
					break;
				}
			}
		}
		return supplier;
	}

	private String agentName(JsonNode reference) {
		Spdx3Graph.Element agent = this.graph.resolve(reference);
		return (agent != null) ? SpdxText.agentName(agent.text("name")) : null;
	}

	private List<ComponentHash> hashes(Spdx3Graph.Element element) {
		List<ComponentHash> hashes = new ArrayList<>(1);
		for (JsonNode method : Spdx3Graph.values(element.node(), "verifiedUsing")) {
			if (!"Hash".equals(Spdx3Graph.type(method))) {
				continue;
			}
			String declared = SpdxPurposes.lastSegment(method.path("algorithm").asText(""));
			String value = SpdxText.clean(method.path("hashValue").asText(null));
			if (value == null) {
				continue;
			}
			String algorithm = SpdxHashAlgorithms.toModel(declared);
			if (algorithm == null) {
				this.warnings.tally("sbom.spdx.unknownChecksumAlgorithm", declared, null, element.pointer());
				continue;
			}
			ComponentHash hash = new ComponentHash(algorithm, value);
			if (!hashes.contains(hash)) {
				hashes.add(hash);
			}
		}
		return hashes;
	}

	private SupportInfo support(Spdx3Graph.Element element) {
		List<String> levels = new ArrayList<>(1);
		for (JsonNode level : Spdx3Graph.values(element.node(), "supportLevel")) {
			String text = SpdxText.clean(SpdxPurposes.lastSegment(level.asText("")));
			if (text != null && !"noAssertion".equals(text)) {
				levels.add(text);
			}
		}
		String validUntil = SpdxText.clean(element.text("validUntilTime"));
		LocalDate date = SpdxText.date(validUntil);
		if (validUntil != null && date == null) {
			this.warnings.add("sbom.spdx.unreadableDate", element.pointer(), "validUntilTime", validUntil);
		}
		SupportInfo support = new SupportInfo(levels.isEmpty() ? null : String.join(", ", levels), validUntil, date,
				null);
		return support.isEmpty() ? SupportInfo.NONE : support;
	}

	private static void putIfAsserted(Map<String, String> properties, String key, String value) {
		String asserted = SpdxText.asserted(value);
		if (asserted != null) {
			properties.put(key, asserted);
		}
	}

}
