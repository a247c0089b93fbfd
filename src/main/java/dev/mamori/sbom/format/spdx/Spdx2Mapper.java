package dev.mamori.sbom.format.spdx;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;

/**
 * Maps an SPDX 2 document (from JSON or tag-value) to the model.
 * <ul>
 * <li>Packages become components; files do only when the document has no package (a
 * file-level SBOM).</li>
 * <li>Supplier: {@code supplier}, else {@code originator}, without prefix or e-mail;
 * {@code NOASSERTION} is none.</li>
 * <li>Licences: {@code licenseConcluded} then {@code licenseDeclared}, without
 * {@code NOASSERTION}/{@code NONE} and duplicates; a whole value that is a
 * {@code LicenseRef-} with a named extracted licence becomes that name (a compound
 * expression is kept as written, since names are not valid in expressions).</li>
 * <li>Subject: the first component the document describes.</li>
 * </ul>
 */
final class Spdx2Mapper {

	private final Spdx2Source source;

	private final ReadWarnings warnings = new ReadWarnings();

	private Spdx2Mapper(Spdx2Source source) {
		this.source = source;
	}

	static SbomDocument map(Spdx2Source source) {
		return new Spdx2Mapper(source).map();
	}

	private SbomDocument map() {
		boolean fileLevel = this.source.packages().isEmpty();
		List<Spdx2Element> elements = fileLevel ? this.source.files() : this.source.packages();
		List<String> ids = new ArrayList<>(elements.size());
		elements.forEach((element) -> ids.add(element.spdxId()));
		UniqueRefs refs = new UniqueRefs(ids);
		List<SbomComponent> components = new ArrayList<>(elements.size());
		for (Spdx2Element element : elements) {
			components
				.add(component(element, refs.assign(element.spdxId(), element.location(), this.warnings), fileLevel));
		}
		RelationshipCollector relationships = relationships(refs.refById(), fileLevel);
		String subjectRef = relationships.subjectRef();
		String supplier = components.stream()
			.filter((component) -> component.ref().equals(subjectRef))
			.findFirst()
			.map(SbomComponent::supplier)
			.orElse(null);
		SbomMetadata metadata = new SbomMetadata(SpdxText.clean(this.source.name()),
				SpdxText.clean(this.source.namespace()), timestamp(), creators(false), creators(true), supplier,
				subjectRef);
		return new SbomDocument(this.source.format(), this.source.specVersion(), metadata, components,
				relationships.relationships(), this.warnings.toList());
	}

	private SbomComponent component(Spdx2Element element, String ref, boolean fileLevel) {
		String supplier = SpdxText.agentName(element.supplier());
		if (supplier == null) {
			supplier = SpdxText.agentName(element.originator());
		}
		String type = fileLevel ? "file" : SpdxPurposes.fromSpdx2(element.purpose());
		String description = SpdxText.clean(element.description());
		if (description == null) {
			description = SpdxText.clean(element.summary());
		}
		Map<String, String> properties = new LinkedHashMap<>(2);
		putIfAsserted(properties, SpdxProperties.DOWNLOAD_LOCATION, element.downloadLocation());
		putIfAsserted(properties, SpdxProperties.HOMEPAGE, element.homepage());
		return new SbomComponent(ref, type, supplier, SpdxText.clean(element.name()),
				SpdxText.asserted(element.version()), element.purl(), element.cpes(), element.swidTagId(),
				hashes(element), licences(element), description, support(element), properties);
	}

	private List<ComponentHash> hashes(Spdx2Element element) {
		List<ComponentHash> hashes = new ArrayList<>(element.checksums().size());
		for (Spdx2Element.Checksum checksum : element.checksums()) {
			String value = SpdxText.clean(checksum.value());
			if (value == null) {
				continue;
			}
			String algorithm = SpdxHashAlgorithms.toModel(checksum.algorithm());
			if (algorithm == null) {
				this.warnings.tally("sbom.spdx.unknownChecksumAlgorithm", String.valueOf(checksum.algorithm()), null,
						checksum.location());
				continue;
			}
			ComponentHash hash = new ComponentHash(algorithm, value);
			if (!hashes.contains(hash)) {
				hashes.add(hash);
			}
		}
		return hashes;
	}

	private List<String> licences(Spdx2Element element) {
		List<String> licences = new ArrayList<>(2);
		for (String declared : new String[] { element.licenseConcluded(), element.licenseDeclared() }) {
			String licence = SpdxText.asserted(declared);
			if (licence == null) {
				continue;
			}
			licence = this.source.licenceNames().getOrDefault(licence, licence);
			if (!licences.contains(licence)) {
				licences.add(licence);
			}
		}
		return licences;
	}

	private SupportInfo support(Spdx2Element element) {
		String validUntil = SpdxText.clean(element.validUntil());
		LocalDate date = SpdxText.date(validUntil);
		if (validUntil != null && date == null) {
			this.warnings.add("sbom.spdx.unreadableDate", element.location(), "validUntilDate", validUntil);
		}
		return SupportComment.parse(element.comment(), date, validUntil);
	}

	private RelationshipCollector relationships(Map<String, String> refById, boolean fileLevel) {
		Set<String> nonComponents = new HashSet<>(this.source.otherIds());
		if (!fileLevel) {
			this.source.files().forEach((file) -> nonComponents.add(file.spdxId()));
		}
		RelationshipCollector collector = new RelationshipCollector(List.of(this.source.documentId()), refById,
				nonComponents::contains, this.warnings);
		for (String described : this.source.describes()) {
			collector.describes(described, "DESCRIBES", this.source.describesLocation());
		}
		for (Spdx2Source.Relationship relationship : this.source.relationships()) {
			String declared = relationship.type();
			Spdx2RelationshipTypes.Meaning meaning = Spdx2RelationshipTypes.meaning(declared);
			if (meaning == null) {
				meaning = unknownType(declared, relationship.location());
			}
			String from = meaning.inverted() ? relationship.related() : relationship.element();
			String to = meaning.inverted() ? relationship.element() : relationship.related();
			collector.add(from, to, meaning.type(), declared, relationship.location());
		}
		return collector;
	}

	/**
	 * Trivy writes {@code DESCRIBE} for {@code DESCRIBES}: read as such, since dropping
	 * it would lose the document's subject; any other unknown type is kept as OTHER. Both
	 * are reported.
	 */
	private Spdx2RelationshipTypes.Meaning unknownType(String declared, String location) {
		if ("DESCRIBE".equalsIgnoreCase(declared.strip())) {
			this.warnings.tally("sbom.spdx.describeReadAsDescribes", null, null, location);
			return Spdx2RelationshipTypes.meaning("DESCRIBES");
		}
		this.warnings.tally("sbom.spdx.unknownRelationshipType", declared, null, location);
		return Spdx2RelationshipTypes.meaning("OTHER");
	}

	private Instant timestamp() {
		String created = SpdxText.clean(this.source.created());
		Instant timestamp = SpdxText.instant(created);
		if (created != null && timestamp == null) {
			this.warnings.add("sbom.spdx.unreadableTimestamp", this.source.createdLocation(), created);
		}
		return timestamp;
	}

	/**
	 * Authors are the {@code Person:} and {@code Organization:} creators (and any creator
	 * without a prefix, since someone made the document); tools the {@code Tool:} ones.
	 */
	private List<String> creators(boolean tools) {
		List<String> names = new ArrayList<>();
		for (String creator : this.source.creators()) {
			String text = SpdxText.clean(creator);
			if (text == null) {
				continue;
			}
			boolean tool = text.regionMatches(true, 0, "Tool:", 0, 5);
			String name = SpdxText.agentName(text);
			if (name != null && tool == tools && !names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static void putIfAsserted(Map<String, String> properties, String key, String value) {
		String asserted = SpdxText.asserted(value);
		if (asserted != null) {
			properties.put(key, asserted);
		}
	}

}
