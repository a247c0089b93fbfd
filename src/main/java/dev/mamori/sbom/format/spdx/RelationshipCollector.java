package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;

/**
 * Turns declared SPDX relationships into model relationships between components (SPDX 2
 * and 3 alike). Relationships from the document that say what it describes become
 * {@code DESCRIBES} relationships from the document's id and name the subject. The model
 * relates components only, so a relationship with an end that is no component (a file
 * when the document has packages, an element of another document, the document itself) is
 * dropped, and so is one whose end the document never defines; each kind is reported once
 * with a count. Ends that state an absence ({@code NONE}, {@code NOASSERTION}) are no
 * link and are dropped silently. Exact duplicates are kept once.
 */
final class RelationshipCollector {

	private final String documentId;

	private final Set<String> documentIds;

	private final Map<String, String> refById;

	private final Predicate<String> definedElsewhere;

	private final ReadWarnings warnings;

	private final Set<Relationship> relationships = new LinkedHashSet<>();

	private final List<String> described = new ArrayList<>();

	/**
	 * @param documentIds ids whose {@code DESCRIBES} relationships name the subject (the
	 * document, and in SPDX 3 its SBOM elements); the first is used as {@code from}
	 * @param refById the component ref of each SPDX id that is a component
	 * @param definedElsewhere whether an id names an element that exists but is no
	 * component
	 */
	RelationshipCollector(List<String> documentIds, Map<String, String> refById, Predicate<String> definedElsewhere,
			ReadWarnings warnings) {
		this.documentId = documentIds.get(0);
		this.documentIds = Set.copyOf(documentIds);
		this.refById = refById;
		this.definedElsewhere = definedElsewhere;
		this.warnings = warnings;
	}

	/** Adds a relationship, already in the model's direction. */
	void add(String from, String to, RelationshipType type, String declaredType, String location) {
		if (isAbsence(from) || isAbsence(to)) {
			return;
		}
		if (type == RelationshipType.DESCRIBES && this.documentIds.contains(from)) {
			describes(to, declaredType, location);
			return;
		}
		String fromRef = this.refById.get(from);
		String toRef = this.refById.get(to);
		if (fromRef == null || toRef == null) {
			drop((fromRef == null) ? from : to, location);
			return;
		}
		this.relationships.add(new Relationship(fromRef, toRef, type, declaredType));
	}

	/** Records that the document describes an element. */
	void describes(String target, String declaredType, String location) {
		if (isAbsence(target)) {
			return;
		}
		String ref = this.refById.get(target);
		if (ref == null) {
			drop(target, location);
			return;
		}
		// Said twice (documentDescribes and a relationship, a root element and
		// "describes"), it is one fact.
		if (!this.described.contains(ref)) {
			this.described.add(ref);
			this.relationships.add(new Relationship(this.documentId, ref, RelationshipType.DESCRIBES, declaredType));
		}
	}

	/** The first described component, or {@code null}. */
	String subjectRef() {
		return this.described.isEmpty() ? null : this.described.get(0);
	}

	List<Relationship> relationships() {
		return List.copyOf(this.relationships);
	}

	private void drop(String end, String location) {
		if (this.documentIds.contains(end) || this.definedElsewhere.test(end) || end.startsWith("DocumentRef-")) {
			this.warnings.tally("sbom.spdx.relationshipsToNonComponents", null, null, location);
		}
		else {
			this.warnings.tally("sbom.spdx.relationshipsToUndefinedElements", null, end, location);
		}
	}

	private static boolean isAbsence(String end) {
		return end == null || SpdxText.isNoValue(end) || end.endsWith("NoneElement")
				|| end.endsWith("NoAssertionElement");
	}

}
