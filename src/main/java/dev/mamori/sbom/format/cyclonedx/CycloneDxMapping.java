package dev.mamori.sbom.format.cyclonedx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;

/**
 * A validated CycloneDX document (JSON, or XML rewritten in JSON shape) as an
 * {@link SbomDocument}.
 * <ul>
 * <li>{@code metadata.component} is the subject and a component; every component is read,
 * nested ones too.</li>
 * <li>Relationships: a nested component is CONTAINed by its parent; a top-level component
 * is CONTAINed by the subject, since {@code components} is the inventory of the component
 * the BOM describes (Table 4's "component X is included in software Y"; declared type
 * {@code bom.components}); {@code dependencies} give DEPENDS_ON and 1.6 {@code provides}
 * OTHER. References to services and tools are skipped quietly (Mamori imports components
 * only); references to nothing are skipped and summarized in one warning.</li>
 * <li>Authors: {@code metadata.authors} ("name &lt;email&gt;"); when there are none, the
 * manufacturer ({@code metadata.manufacturer}, else the older {@code manufacture}), since
 * for a device it is the manufacturer who answers for the SBOM. Tools are not authors:
 * they are kept in {@code tools}.</li>
 * <li>Supplier of the subject: its own, else {@code metadata.supplier}, else the
 * manufacturer.</li>
 * <li>A timestamp without an offset (allowed by {@code xs:dateTime}) is taken as
 * UTC.</li>
 * </ul>
 */
final class CycloneDxMapping {

	static final String IMPLICIT_CONTAINMENT = "bom.components";

	static final String NESTED = "nested";

	private static final int QUOTED_REFS = 3;

	private final SbomFormat format;

	private final ComponentRefs refs = new ComponentRefs();

	private final List<SbomComponent> components = new ArrayList<>();

	private final Set<Relationship> relationships = new LinkedHashSet<>();

	private final List<ReadWarning> warnings = new ArrayList<>();

	private final Set<String> dangling = new LinkedHashSet<>();

	private CycloneDxMapping(SbomFormat format, List<ReadWarning> earlierWarnings) {
		this.format = format;
		this.warnings.addAll(earlierWarnings);
	}

	static SbomDocument map(JsonNode bom, SbomFormat format, List<ReadWarning> earlierWarnings) {
		return new CycloneDxMapping(format, earlierWarnings).map(bom);
	}

	private SbomDocument map(JsonNode bom) {
		JsonNode metadata = bom.path("metadata");
		this.refs.declareAll(metadata.path("component"));
		this.refs.declareAll(bom.path("components"));
		declareOthers(bom.path("services"));
		declareOthers(metadata.path("tools").path("components"));
		declareOthers(metadata.path("tools").path("services"));

		String subjectRef = null;
		if (metadata.path("component").isObject()) {
			subjectRef = walk(metadata.path("component"), null, "/metadata/component");
		}
		JsonNode topLevel = bom.path("components");
		for (int i = 0; i < topLevel.size(); i++) {
			String ref = walk(topLevel.get(i), null, "/components/" + i);
			if (subjectRef != null) {
				this.relationships
					.add(new Relationship(subjectRef, ref, RelationshipType.CONTAINS, IMPLICIT_CONTAINMENT));
			}
		}
		dependencies(bom.path("dependencies"));
		if (!this.dangling.isEmpty()) {
			this.warnings.add(ReadWarning.of("sbom.read.cyclonedx.danglingRefs", null, this.dangling.size(),
					String.join(", ", this.dangling.stream().limit(QUOTED_REFS).toList())));
		}
		int services = countServices(bom.path("services"));
		if (services > 0) {
			this.warnings.add(ReadWarning.of("sbom.read.cyclonedx.servicesIgnored", "/services", services));
		}
		SbomMetadata documentMetadata = metadata(bom, metadata, subjectRef);
		return new SbomDocument(this.format, ComponentMapping.text(bom, "specVersion"), documentMetadata,
				this.components, List.copyOf(this.relationships), this.warnings);
	}

	/**
	 * Maps a component and, depth first, the components nested in it; returns its ref.
	 */
	private String walk(JsonNode component, String parentRef, String pointer) {
		ComponentRefs.Assigned assigned = this.refs.assign(ComponentMapping.text(component, "bom-ref"));
		if (assigned.duplicate()) {
			this.warnings.add(ReadWarning.of("sbom.read.cyclonedx.duplicateRef", pointer,
					ComponentMapping.text(component, "bom-ref"), assigned.ref()));
		}
		this.components.add(ComponentMapping.map(component, assigned.ref()));
		if (parentRef != null) {
			this.relationships.add(new Relationship(parentRef, assigned.ref(), RelationshipType.CONTAINS, NESTED));
		}
		JsonNode nested = component.path("components");
		for (int i = 0; i < nested.size(); i++) {
			walk(nested.get(i), assigned.ref(), pointer + "/components/" + i);
		}
		return assigned.ref();
	}

	private void dependencies(JsonNode dependencies) {
		for (JsonNode dependency : dependencies) {
			String declared = ComponentMapping.text(dependency, "ref");
			relate(declared, dependency.path("dependsOn"), RelationshipType.DEPENDS_ON, "dependsOn");
			relate(declared, dependency.path("provides"), RelationshipType.OTHER, "provides");
		}
	}

	private void relate(String declaredFrom, JsonNode targets, RelationshipType type, String declaredType) {
		for (JsonNode target : targets) {
			String declaredTo = target.isTextual() ? target.asText() : null;
			String from = resolve(declaredFrom);
			String to = resolve(declaredTo);
			if (from != null && to != null) {
				this.relationships.add(new Relationship(from, to, type, declaredType));
			}
		}
	}

	/** A component's ref; {@code null} (and noted when it names nothing) otherwise. */
	private String resolve(String declared) {
		String ref = this.refs.resolve(declared);
		if (ref == null && declared != null && !this.refs.isOther(declared)) {
			this.dangling.add(declared);
		}
		return ref;
	}

	private SbomMetadata metadata(JsonNode bom, JsonNode metadata, String subjectRef) {
		String manufacturer = ComponentMapping.firstNonNull(
				ComponentMapping.text(metadata.path("manufacturer"), "name"),
				ComponentMapping.text(metadata.path("manufacture"), "name"));
		List<String> authors = new ArrayList<>();
		for (JsonNode author : metadata.path("authors")) {
			String contact = contact(author);
			if (contact != null && !authors.contains(contact)) {
				authors.add(contact);
			}
		}
		if (authors.isEmpty() && manufacturer != null) {
			authors.add(manufacturer);
		}
		String documentSupplier = ComponentMapping.text(metadata.path("supplier"), "name");
		String supplier = ComponentMapping.firstNonNull(documentSupplier, manufacturer);
		String name = null;
		if (subjectRef != null) {
			int index = indexOf(subjectRef);
			SbomComponent subject = this.components.get(index);
			if (subject.supplier() == null && supplier != null) {
				subject = subject.withSupplier(supplier);
				this.components.set(index, subject);
			}
			supplier = ComponentMapping.firstNonNull(documentSupplier, subject.supplier());
			name = subject.name();
		}
		return new SbomMetadata(name, ComponentMapping.text(bom, "serialNumber"), timestamp(metadata), authors,
				tools(metadata.path("tools")), supplier, subjectRef);
	}

	private Instant timestamp(JsonNode metadata) {
		String text = ComponentMapping.text(metadata, "timestamp");
		if (text == null) {
			return null;
		}
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
					LocalDateTime::from);
			return (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			this.warnings.add(ReadWarning.of("sbom.read.cyclonedx.timestamp", "/metadata/timestamp", text));
			return null;
		}
	}

	/**
	 * Tool names as "vendor name version": legacy {@code tools[]} by vendor, 1.5+
	 * {@code tools.components} by their supplier, manufacturer, publisher or group, and
	 * {@code tools.services} by provider.
	 */
	private static List<String> tools(JsonNode tools) {
		List<String> names = new ArrayList<>();
		if (tools.isArray()) {
			for (JsonNode tool : tools) {
				addTool(names, ComponentMapping.text(tool, "vendor"), tool);
			}
			return names;
		}
		for (JsonNode tool : tools.path("components")) {
			addTool(names,
					ComponentMapping.firstNonNull(ComponentMapping.text(tool.path("supplier"), "name"),
							ComponentMapping.text(tool.path("manufacturer"), "name"),
							ComponentMapping.text(tool, "publisher"), ComponentMapping.text(tool, "group")),
					tool);
		}
		for (JsonNode tool : tools.path("services")) {
			addTool(names, ComponentMapping.firstNonNull(ComponentMapping.text(tool.path("provider"), "name"),
					ComponentMapping.text(tool, "group")), tool);
		}
		return names;
	}

	private static void addTool(List<String> names, String vendor, JsonNode tool) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { vendor, ComponentMapping.text(tool, "name"),
				ComponentMapping.text(tool, "version") }) {
			if (part != null) {
				parts.add(part);
			}
		}
		if (!parts.isEmpty()) {
			names.add(String.join(" ", parts));
		}
	}

	private static String contact(JsonNode author) {
		String name = ComponentMapping.text(author, "name");
		String email = ComponentMapping.text(author, "email");
		if (name != null && email != null) {
			return name + " <" + email + ">";
		}
		return (name != null) ? name : email;
	}

	private void declareOthers(JsonNode services) {
		for (JsonNode service : services) {
			this.refs.declareOther(ComponentMapping.text(service, "bom-ref"));
			declareOthers(service.path("services"));
			declareOthers(service.path("components"));
		}
	}

	private static int countServices(JsonNode services) {
		int count = 0;
		for (JsonNode service : services) {
			count += 1 + countServices(service.path("services"));
		}
		return count;
	}

	private int indexOf(String ref) {
		for (int i = 0; i < this.components.size(); i++) {
			if (this.components.get(i).ref().equals(ref)) {
				return i;
			}
		}
		throw new IllegalStateException("no component " + ref);
	}

}
