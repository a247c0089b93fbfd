package dev.mamori.sbom.format.cyclonedx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gives every component a ref unique in the document: its {@code bom-ref} when it has one
 * that is still free, else a generated {@code component-N} that no {@code bom-ref} of the
 * document uses. Dependencies name components by {@code bom-ref}; a {@code bom-ref} used
 * twice resolves to its first component.
 */
final class ComponentRefs {

	private final Set<String> declared = new HashSet<>();

	private final Set<String> used = new HashSet<>();

	private final Map<String, String> firstByDeclared = new HashMap<>();

	private final Set<String> others = new HashSet<>();

	private int generated;

	/** Collects every {@code bom-ref} below the node, so generated refs avoid them. */
	void declareAll(JsonNode node) {
		if (node.isObject()) {
			JsonNode ref = node.get("bom-ref");
			if (ref != null && ref.isTextual()) {
				this.declared.add(ref.asText().strip());
			}
		}
		node.forEach(this::declareAll);
	}

	/** A ref that names something other than a component (a service, a tool). */
	void declareOther(String ref) {
		if (ref != null) {
			this.others.add(ref.strip());
		}
	}

	/**
	 * The ref of a component whose {@code bom-ref} is {@code declared} (may be
	 * {@code null}).
	 */
	Assigned assign(String declaredRef) {
		String wanted = (declaredRef != null && !declaredRef.isBlank()) ? declaredRef.strip() : null;
		if (wanted != null && this.used.add(wanted)) {
			this.firstByDeclared.put(wanted, wanted);
			return new Assigned(wanted, false);
		}
		String fresh;
		do {
			this.generated++;
			fresh = "component-" + this.generated;
		}
		while (this.declared.contains(fresh) || this.others.contains(fresh) || !this.used.add(fresh));
		return new Assigned(fresh, wanted != null);
	}

	/** The component ref a dependency names, or {@code null} when no component has it. */
	String resolve(String reference) {
		return (reference != null) ? this.firstByDeclared.get(reference.strip()) : null;
	}

	/** Whether the reference names a service or tool, which Mamori does not import. */
	boolean isOther(String reference) {
		return reference != null && this.others.contains(reference.strip());
	}

	/** An assigned ref; {@code duplicate} when the declared one was taken. */
	record Assigned(String ref, boolean duplicate) {
	}

}
