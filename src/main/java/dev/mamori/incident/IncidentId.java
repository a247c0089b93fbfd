package dev.mamori.incident;

import java.util.Objects;
import java.util.UUID;

/** The identity of an incident. */
public record IncidentId(UUID value) {

	public IncidentId {
		Objects.requireNonNull(value, "value");
	}

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
