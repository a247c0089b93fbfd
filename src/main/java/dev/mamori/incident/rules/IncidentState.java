package dev.mamori.incident.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. It moves forward one step at a time, may skip to closed only
 * from resolved, and may be reopened (back to investigating) from contained, resolved or
 * closed when new facts arrive.
 */
public enum IncidentState {

	OPEN, INVESTIGATING, CONTAINED, RESOLVED, CLOSED;

	/** The states this one may move to. */
	public Set<IncidentState> next() {
		switch (this) {
			case OPEN:
				return EnumSet.of(INVESTIGATING);
			case INVESTIGATING:
				return EnumSet.of(CONTAINED, RESOLVED);
			case CONTAINED:
				return EnumSet.of(INVESTIGATING, RESOLVED);
			case RESOLVED:
				return EnumSet.of(INVESTIGATING, CLOSED);
			case CLOSED:
				return EnumSet.of(INVESTIGATING);
			default:
				throw new IllegalStateException(name());
		}
	}

	public boolean canMoveTo(IncidentState target) {
		return next().contains(target);
	}

	public boolean isActive() {
		return this != RESOLVED && this != CLOSED;
	}

}
