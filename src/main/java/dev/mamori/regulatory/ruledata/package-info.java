/**
 * Loads the regulatory rule data bundled under {@code rules/} (the decision table
 * {@code pmda-228-20-2-2026.json} and the holiday calendar {@code jp-holidays.json}) and
 * validates it at start: the I/O edge of the pure {@code rules} core.
 */
package dev.mamori.regulatory.ruledata;
