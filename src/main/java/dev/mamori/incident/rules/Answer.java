package dev.mamori.incident.rules;

/** The answer to one investigation question: not yet known is an answer too. */
public enum Answer {

	YES, NO, UNKNOWN;

	public boolean isYes() {
		return this == YES;
	}

}
