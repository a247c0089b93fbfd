/**
 * Loads the assessment rule sets bundled under {@code rules/} (medical rubric, risk
 * matrix, exploitation-probability rule, SSVC supplier table) and validates them: a
 * broken file fails with a message naming it and what is wrong. This is the I/O edge of
 * the pure cores.
 */
package dev.mamori.assessment.rules;
