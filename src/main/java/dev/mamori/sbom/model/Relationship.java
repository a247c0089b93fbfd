package dev.mamori.sbom.model;

import java.util.Objects;

/**
 * A relationship between two components, by their {@link SbomComponent#ref()}.
 *
 * @param declaredType the type as the source format spelled it (e.g.
 * {@code DEPENDENCY_OF}), for display and audit; {@code type} is its normalized meaning
 */
public record Relationship(String from, String to, RelationshipType type, String declaredType) {

	public Relationship {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(type, "type");
		declaredType = (declaredType == null) ? type.name() : declaredType;
	}

	public static Relationship of(String from, String to, RelationshipType type) {
		return new Relationship(from, to, type, type.name());
	}

}
