package dev.mamori.assessment.risk;

import java.util.Objects;

/** The id and version of a rule set, carried by every result it produces. */
public record RuleSetId(String id, String version) {

	public RuleSetId {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
	}

	@Override
	public String toString() {
		return this.id + "@" + this.version;
	}

}
