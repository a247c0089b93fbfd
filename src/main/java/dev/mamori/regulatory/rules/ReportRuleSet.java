package dev.mamori.regulatory.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The versioned decision table (REPORTING.md): rows in order, the first that matches
 * wins. The last row must always match, so that every complete set of facts gets a
 * decision.
 */
public record ReportRuleSet(String id, String version, String source, List<RuleRow> rows) {

	public ReportRuleSet {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		rows = List.copyOf(rows);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("the table has no rows");
		}
		Set<String> seen = new HashSet<>();
		for (RuleRow row : rows) {
			if (!seen.add(row.rule())) {
				throw new IllegalArgumentException("rule " + row.rule() + " appears twice");
			}
		}
		RuleRow last = rows.get(rows.size() - 1);
		if (last.when().stream().noneMatch((condition) -> condition.facts().isEmpty())) {
			throw new IllegalArgumentException("the last rule must match everything");
		}
	}

	public RuleRow row(String rule) {
		return this.rows.stream()
			.filter((row) -> row.rule().equals(rule))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no rule " + rule));
	}

}
