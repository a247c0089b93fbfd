/**
 * The malfunction-report decision (R1–R6, 施行規則 第228条の20 第2項): case facts → reportable or
 * not, category, form, due date, next business day, the rule that fired and its reasons
 * in Japanese and English. The table and the holiday calendar are data
 * ({@code rules/pmda-228-20-2-2026.json}, {@code rules/jp-holidays.json}); this package
 * is plain Java: no Spring, no I/O.
 */
package dev.mamori.regulatory.rules;
