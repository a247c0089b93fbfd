package dev.mamori.sbom.format.spdx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;

/**
 * Reads SPDX 3.0 JSON-LD into the model (S2, S3). Packages (including AI and dataset
 * packages) become components, files only when there is no package; see
 * {@link Spdx3Components} for their fields. The document's creation info gives the
 * timestamp, authors ({@code createdBy}) and tools ({@code createdUsing}); its root
 * element, followed through an SBOM element to the package it is about, is the subject,
 * as is the target of a {@code describes} relationship when there is no such root.
 * Relationships are mapped by {@link Spdx3RelationshipTypes}, as leniently as the SPDX 2
 * readers map theirs.
 */
public final class Spdx3JsonLdReader implements SbomReader {

	private static final Set<String> COLLECTIONS = Set.of("SpdxDocument", "software_Sbom", "Bom", "Bundle");

	@Override
	public SbomDocument read(byte[] content) {
		JsonNode root = SpdxJson.parse(content);
		if (!root.isObject()) {
			throw new SbomReadException("sbom.spdx.notAnObject", null);
		}
		return new Reading(Spdx3Graph.of(root)).read();
	}

	/** The state of one read. */
	private static final class Reading {

		private final Spdx3Graph graph;

		private final ReadWarnings warnings = new ReadWarnings();

		private final List<Spdx3Graph.Element> packages = new ArrayList<>();

		private final List<Spdx3Graph.Element> files = new ArrayList<>();

		private final List<Spdx3Graph.Element> relationships = new ArrayList<>();

		private final List<Spdx3Graph.Element> collections = new ArrayList<>();

		private Spdx3Graph.Element document;

		Reading(Spdx3Graph graph) {
			this.graph = graph;
			for (Spdx3Graph.Element element : graph.elements()) {
				String type = element.type();
				if (isPackage(type)) {
					this.packages.add(element);
				}
				else if ("software_File".equals(type)) {
					this.files.add(element);
				}
				else if (type.endsWith("Relationship")) {
					this.relationships.add(element);
				}
				else if (COLLECTIONS.contains(type)) {
					this.collections.add(element);
					if (this.document == null && "SpdxDocument".equals(type)) {
						this.document = element;
					}
				}
			}
		}

		SbomDocument read() {
			JsonNode creationInfo = creationInfo();
			String specVersion = specVersion(creationInfo);
			boolean fileLevel = this.packages.isEmpty();
			List<Spdx3Graph.Element> elements = fileLevel ? this.files : this.packages;
			List<String> ids = new ArrayList<>(elements.size());
			for (Spdx3Graph.Element element : elements) {
				if (element.id() == null) {
					String at = SpdxJson.pointer(element.pointer(), "spdxId");
					throw new SbomReadException("sbom.spdx.missingField", at, at);
				}
				ids.add(element.id());
			}
			Spdx3Components mapper = new Spdx3Components(this.graph, licences(), this.warnings);
			UniqueRefs refs = new UniqueRefs(ids);
			List<SbomComponent> components = new ArrayList<>(elements.size());
			for (Spdx3Graph.Element element : elements) {
				String ref = refs.assign(element.id(), element.pointer(), this.warnings);
				components.add(mapper.component(element, ref, fileLevel));
			}
			RelationshipCollector collector = relationships(refs.refById());
			String subjectRef = collector.subjectRef();
			String supplier = components.stream()
				.filter((component) -> component.ref().equals(subjectRef))
				.findFirst()
				.map(SbomComponent::supplier)
				.orElse(null);
			SbomMetadata metadata = new SbomMetadata(documentName(),
					(this.document != null) ? this.document.id() : null, timestamp(creationInfo),
					agents(creationInfo, "createdBy"), agents(creationInfo, "createdUsing"), supplier, subjectRef);
			return new SbomDocument(SbomFormat.SPDX3_JSONLD, specVersion, metadata, components,
					collector.relationships(), this.warnings.toList());
		}

		private static boolean isPackage(String type) {
			return "software_Package".equals(type)
					|| ((type.startsWith("ai_") || type.startsWith("dataset_")) && type.endsWith("Package"));
		}

		/**
		 * The document's creation info; without a document element, the first one of the
		 * graph (all elements of a document normally share one).
		 */
		private JsonNode creationInfo() {
			if (this.document != null) {
				Spdx3Graph.Element info = this.graph.resolve(this.document.node().get("creationInfo"));
				if (info != null) {
					return info.node();
				}
			}
			for (Spdx3Graph.Element element : this.graph.elements()) {
				if ("CreationInfo".equals(element.type())) {
					return element.node();
				}
			}
			for (Spdx3Graph.Element element : this.graph.elements()) {
				Spdx3Graph.Element info = this.graph.resolve(element.node().get("creationInfo"));
				if (info != null) {
					return info.node();
				}
			}
			return null;
		}

		private String specVersion(JsonNode creationInfo) {
			String version = (creationInfo != null) ? SpdxText.clean(SpdxJson.text(creationInfo, "specVersion", ""))
					: null;
			if (version == null) {
				version = this.graph.contextVersion();
			}
			if (version == null) {
				throw new SbomReadException("sbom.spdx.missingField", null, "specVersion");
			}
			if (!version.startsWith("3.0")) {
				throw new SbomReadException("sbom.spdx.unsupportedVersion", null, version);
			}
			return version;
		}

		private String documentName() {
			if (this.document != null && SpdxText.clean(this.document.text("name")) != null) {
				return SpdxText.clean(this.document.text("name"));
			}
			return this.collections.stream()
				.map((collection) -> SpdxText.clean(collection.text("name")))
				.filter((name) -> name != null)
				.findFirst()
				.orElse(null);
		}

		private Instant timestamp(JsonNode creationInfo) {
			String created = (creationInfo != null) ? SpdxText.clean(SpdxJson.text(creationInfo, "created", "")) : null;
			Instant timestamp = SpdxText.instant(created);
			if (created != null && timestamp == null) {
				this.warnings.add("sbom.spdx.unreadableTimestamp", null, created);
			}
			return timestamp;
		}

		/**
		 * The names of the agents or tools a creation info lists; an agent the document
		 * does not define is shown by its id rather than dropped, as it still says who.
		 */
		private List<String> agents(JsonNode creationInfo, String field) {
			List<String> names = new ArrayList<>();
			if (creationInfo == null) {
				return names;
			}
			for (JsonNode reference : Spdx3Graph.values(creationInfo, field)) {
				Spdx3Graph.Element agent = this.graph.resolve(reference);
				String name = (agent != null) ? SpdxText.clean(agent.text("name")) : null;
				if (name == null) {
					name = Spdx3Graph.referenceId(reference);
				}
				if (name != null && !names.contains(name)) {
					names.add(name);
				}
			}
			return names;
		}

		/**
		 * Each element's licences, from its concluded then declared licence
		 * relationships.
		 */
		private Map<String, List<String>> licences() {
			Map<String, List<String>> licences = new HashMap<>();
			for (String kind : new String[] { Spdx3RelationshipTypes.CONCLUDED_LICENSE,
					Spdx3RelationshipTypes.DECLARED_LICENSE }) {
				for (Spdx3Graph.Element relationship : this.relationships) {
					if (!kind.equals(relationshipType(relationship))) {
						continue;
					}
					String from = Spdx3Graph.referenceId(relationship.node().get("from"));
					for (JsonNode to : Spdx3Graph.values(relationship.node(), "to")) {
						String licence = Spdx3Licences.text(this.graph, to);
						if (from != null && licence != null) {
							List<String> list = licences.computeIfAbsent(from, (ignored) -> new ArrayList<>(2));
							if (!list.contains(licence)) {
								list.add(licence);
							}
						}
					}
				}
			}
			return licences;
		}

		private RelationshipCollector relationships(Map<String, String> refById) {
			List<String> documentIds = new ArrayList<>();
			this.collections.stream().map(Spdx3Graph.Element::id).filter((id) -> id != null).forEach(documentIds::add);
			if (this.document != null && this.document.id() != null) {
				documentIds.remove(this.document.id());
				documentIds.add(0, this.document.id());
			}
			if (documentIds.isEmpty()) {
				documentIds.add("SpdxDocument");
			}
			Set<String> imported = importedIds();
			RelationshipCollector collector = new RelationshipCollector(documentIds, refById,
					(id) -> this.graph.defines(id) || imported.contains(id), this.warnings);
			String root = rootComponent(this.document, refById, new HashSet<>());
			if (root != null) {
				collector.describes(root, "rootElement", this.document.pointer());
			}
			for (Spdx3Graph.Element relationship : this.relationships) {
				String type = relationshipType(relationship);
				if (Spdx3RelationshipTypes.isLicence(type)) {
					continue;
				}
				RelationshipType meaning = Spdx3RelationshipTypes.meaning(type);
				if (meaning == null) {
					this.warnings.tally("sbom.spdx.unknownRelationshipType", type, null, relationship.pointer());
					meaning = RelationshipType.OTHER;
				}
				String from = Spdx3Graph.referenceId(relationship.node().get("from"));
				for (JsonNode to : Spdx3Graph.values(relationship.node(), "to")) {
					collector.add(from, Spdx3Graph.referenceId(to), meaning, type, relationship.pointer());
				}
			}
			return collector;
		}

		/**
		 * The first component among a collection's root elements, looking through nested
		 * collections (a document whose root is an SBOM whose root is the product).
		 */
		private String rootComponent(Spdx3Graph.Element collection, Map<String, String> refById, Set<String> visited) {
			if (collection == null || (collection.id() != null && !visited.add(collection.id()))) {
				return null;
			}
			List<JsonNode> roots = Spdx3Graph.values(collection.node(), "rootElement");
			for (JsonNode reference : roots) {
				String id = Spdx3Graph.referenceId(reference);
				if (id != null && refById.containsKey(id)) {
					return id;
				}
			}
			for (JsonNode reference : roots) {
				Spdx3Graph.Element element = this.graph.resolve(reference);
				if (element != null && COLLECTIONS.contains(element.type())) {
					String found = rootComponent(element, refById, visited);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		/** Ids the document imports from other documents: they exist, but not here. */
		private Set<String> importedIds() {
			Set<String> ids = new HashSet<>();
			for (Spdx3Graph.Element collection : this.collections) {
				for (JsonNode map : Spdx3Graph.values(collection.node(), "import")) {
					if (map.isObject() && map.path("externalSpdxId").isTextual()) {
						ids.add(map.get("externalSpdxId").textValue());
					}
				}
			}
			return ids;
		}

		/**
		 * The relationship's type without any vocabulary IRI prefix.
		 * @throws SbomReadException when it has no type, {@code from} or {@code to}
		 */
		private static String relationshipType(Spdx3Graph.Element relationship) {
			for (String field : new String[] { "relationshipType", "from", "to" }) {
				if (!relationship.node().hasNonNull(field)) {
					String at = SpdxJson.pointer(relationship.pointer(), field);
					throw new SbomReadException("sbom.spdx.missingField", at, at);
				}
			}
			return SpdxPurposes.lastSegment(relationship.text("relationshipType").strip());
		}

	}

}
