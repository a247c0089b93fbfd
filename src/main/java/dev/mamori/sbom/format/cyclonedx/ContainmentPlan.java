package dev.mamori.sbom.format.cyclonedx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Where each component goes in a written CycloneDX document, and which relationships
 * become {@code dependencies}. The rule, chosen so that reading the output back keeps
 * every relationship's two components related:
 * <ul>
 * <li>the subject is {@code metadata.component};</li>
 * <li>a component contained by exactly one component other than the subject is nested in
 * it, unless that would close a cycle;</li>
 * <li>every other component is top-level: a top-level component is contained by the
 * subject by CycloneDX's own reading ({@code components} is the subject's inventory), so
 * "subject CONTAINS x" needs nothing more;</li>
 * <li>DEPENDS_ON, and every CONTAINS not expressed by nesting or by being top-level under
 * the subject (a component in two containers, a cycle, the subject inside another),
 * become {@code dependencies}; so do OTHER and DESCRIBES between two components, since
 * the dependency graph is the only place CycloneDX relates two components (they read back
 * as DEPENDS_ON).</li>
 * </ul>
 * Relationships naming something that is not a component (SPDX's document) are left out:
 * the subject already says what the document describes.
 */
final class ContainmentPlan {

	private final String subjectRef;

	private final Map<String, String> parentOf = new HashMap<>();

	private final Map<String, List<String>> children = new HashMap<>();

	private final List<String> topLevel = new ArrayList<>();

	private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();

	private ContainmentPlan(String subjectRef) {
		this.subjectRef = subjectRef;
	}

	static ContainmentPlan of(SbomDocument document) {
		Set<String> refs = new HashSet<>();
		document.components().forEach((component) -> refs.add(component.ref()));
		String subjectRef = document.subject().map(SbomComponent::ref).orElse(null);
		ContainmentPlan plan = new ContainmentPlan(subjectRef);
		plan.place(document, refs);
		return plan;
	}

	private void place(SbomDocument document, Set<String> refs) {
		Map<String, Set<String>> containers = new HashMap<>();
		List<Relationship> others = new ArrayList<>();
		for (Relationship relationship : document.relationships()) {
			if (!refs.contains(relationship.from()) || !refs.contains(relationship.to())
					|| relationship.from().equals(relationship.to())) {
				continue;
			}
			if (relationship.type() == RelationshipType.CONTAINS) {
				containers.computeIfAbsent(relationship.to(), (key) -> new LinkedHashSet<>()).add(relationship.from());
			}
			else {
				others.add(relationship);
			}
		}
		for (SbomComponent component : document.components()) {
			Set<String> of = containers.getOrDefault(component.ref(), Set.of());
			if (!component.ref().equals(this.subjectRef) && of.size() == 1 && !of.contains(this.subjectRef)) {
				this.parentOf.put(component.ref(), of.iterator().next());
			}
		}
		breakCycles(document);
		for (SbomComponent component : document.components()) {
			String ref = component.ref();
			String parent = this.parentOf.get(ref);
			if (parent != null) {
				this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(ref);
			}
			else if (!ref.equals(this.subjectRef)) {
				this.topLevel.add(ref);
			}
			for (String container : containers.getOrDefault(ref, Set.of())) {
				boolean nested = container.equals(parent);
				boolean implicit = container.equals(this.subjectRef) && parent == null;
				if (!nested && !implicit) {
					depend(container, ref);
				}
			}
		}
		others.forEach((relationship) -> depend(relationship.from(), relationship.to()));
	}

	/**
	 * Nesting must be a forest: a component whose parent chain comes back to it goes
	 * top-level.
	 */
	private void breakCycles(SbomDocument document) {
		for (SbomComponent component : document.components()) {
			Set<String> seen = new HashSet<>();
			String current = component.ref();
			while (current != null && seen.add(current)) {
				current = this.parentOf.get(current);
			}
			if (current != null) {
				this.parentOf.remove(current);
			}
		}
	}

	private void depend(String from, String to) {
		this.dependencies.computeIfAbsent(from, (key) -> new LinkedHashSet<>()).add(to);
	}

	String subjectRef() {
		return this.subjectRef;
	}

	/** Refs of the components written at the top level, in document order. */
	List<String> topLevel() {
		return this.topLevel;
	}

	/** Refs of the components nested in {@code ref}, in document order. */
	List<String> childrenOf(String ref) {
		return this.children.getOrDefault(ref, List.of());
	}

	/** Dependency edges by the ref they start from, in document order. */
	Map<String, Set<String>> dependencies() {
		return this.dependencies;
	}

}
