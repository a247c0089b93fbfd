package dev.mamori.regulatory.rules;

import java.util.List;
import java.util.Objects;

/**
 * One row of the decision table.
 *
 * @param rule the row number as REPORTING.md shows it
 * @param article the article item (「第2項第1号ハ」), {@code null} for the catch-all row
 * @param form 様式 "8".."12", {@code null} when nothing is filed
 * @param monitor keep the case open and watch it (not-reportable rows)
 * @param check the row is one of the least certain readings of the article
 * @param when alternatives, any of which fires the row
 */
public record RuleRow(String rule, String article, Category category, String form, boolean firstReportByFax,
		boolean monitor, boolean check, List<Condition> when, Reason reason) {

	private static final List<String> FORMS = List.of("8", "9", "10", "11", "12");

	public RuleRow {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(category, "category of rule " + rule);
		Objects.requireNonNull(reason, "reason of rule " + rule);
		when = List.copyOf(when);
		if (when.isEmpty()) {
			throw new IllegalArgumentException("rule " + rule + " has no condition");
		}
		if (category.reportable() != (form != null)) {
			throw new IllegalArgumentException("rule " + rule + ": a form is needed exactly when it is reportable");
		}
		if (form != null && !FORMS.contains(form)) {
			throw new IllegalArgumentException("rule " + rule + ": unknown form " + form);
		}
		if (category.reportable() && (article == null || monitor)) {
			throw new IllegalArgumentException(
					"rule " + rule + ": a reportable row needs an article and no monitoring");
		}
	}

}
