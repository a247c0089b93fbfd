package dev.mamori.sbom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SBOM read into the normalized model.
 *
 * @param specVersion the specification version as the document declares it ({@code 1.6},
 * {@code SPDX-2.3}, {@code 3.0.1}, {@code 2015} for ISO/IEC 19770-2:2015 SWID …)
 * @param components every component, including the primary one (see
 * {@link SbomMetadata#subjectRef()}), in document order; refs are unique
 * @param warnings what was accepted leniently
 */
public record SbomDocument(SbomFormat format, String specVersion, SbomMetadata metadata, List<SbomComponent> components,
		List<Relationship> relationships, List<ReadWarning> warnings) {

	public SbomDocument {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(metadata, "metadata");
		components = List.copyOf(components);
		relationships = List.copyOf(relationships);
		warnings = List.copyOf(warnings);
	}

	public Optional<SbomComponent> component(String ref) {
		return this.components.stream().filter((component) -> component.ref().equals(ref)).findFirst();
	}

	public Optional<SbomComponent> subject() {
		return (this.metadata.subjectRef() != null) ? component(this.metadata.subjectRef()) : Optional.empty();
	}

}
