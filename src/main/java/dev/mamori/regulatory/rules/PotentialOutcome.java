package dev.mamori.regulatory.rules;

/**
 * For a malfunction without health damage: could it cause death or a serious case, only a
 * non-serious case, or no health damage at all?
 */
public enum PotentialOutcome {

	SERIOUS, NON_SERIOUS, NONE

}
