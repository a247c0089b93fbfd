package dev.mamori.sbom.diff;

import java.util.Set;

import dev.mamori.sbom.model.SbomComponent;

/** One component present on both sides but different. */
public record ComponentChange(String key, SbomComponent before, SbomComponent after, Set<ChangedField> fields) {

	public ComponentChange {
		fields = Set.copyOf(fields);
	}

}
