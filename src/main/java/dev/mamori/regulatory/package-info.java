/**
 * Malfunction reports to PMDA (不具合等報告, R1–R7): cases with their facts, the decision of
 * the versioned table {@code pmda-228-20-2/2026} (category, form, due date, next business
 * day, rule, article, reasons), first, follow-up and final reports with what was sent,
 * safety measures, re-evaluation of not-reportable cases, and the deadline board with
 * reminders.
 * <p>
 * The rules are plain Java in {@code rules}; the table and the holiday calendar are data
 * under {@code rules/}, loaded by {@code ruledata}.
 * <p>
 * <b>URL contract with the incident module.</b> The incident page links to {@code GET
 * /reports/cases/new?incident={uuid}&product={productId}&version={versionId}&event={EVENT}&outcome={OUTCOME}&potentialOutcome={POTENTIAL}&informationObtained={yyyy-mm-dd}&summary={text}&vulnerability={CVE-...}}
 * (every parameter optional; the enum values are those of {@code rules.ReportEvent},
 * {@code rules.Outcome} and {@code rules.PotentialOutcome}). The new-case form is filled
 * from them and the case stores the incident id, shown as a link to
 * {@code /incidents/{id}}. There is no compile-time dependency on the incident module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regulatory reporting", allowedDependencies = { "common",
		"access", "audit", "web", "database", "product", "sbom", "vulnerability", "assessment", "incident", "cli" })
package dev.mamori.regulatory;
