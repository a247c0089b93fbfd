package dev.mamori.incident.rules;

/**
 * The outcome of health damage, with the names the regulatory module's decision facts use
 * (施行規則 第228条の20 第1項第1号ハ (1)–(5), death, non-serious).
 */
public enum HarmOutcome {

	DEATH, DISABILITY, LIFE_THREATENING, HOSPITALIZATION, OTHER_SERIOUS, CONGENITAL, NON_SERIOUS

}
