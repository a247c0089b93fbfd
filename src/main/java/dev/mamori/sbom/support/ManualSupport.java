package dev.mamori.sbom.support;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An end-of-support date entered by hand for a component (by component key), for one
 * version of it or for every version ({@code version} null). It overrides what SBOMs say.
 */
public record ManualSupport(UUID id, String componentKey, String version, LocalDate endOfSupport, String note,
		String enteredBy) {

	public ManualSupport {
		Objects.requireNonNull(componentKey, "componentKey");
		Objects.requireNonNull(endOfSupport, "endOfSupport");
	}

	public boolean appliesTo(String key, String componentVersion) {
		return this.componentKey.equals(key) && (this.version == null || this.version.equals(componentVersion));
	}

}
