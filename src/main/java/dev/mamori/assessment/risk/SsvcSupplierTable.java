package dev.mamori.assessment.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mamori.assessment.risk.SsvcSupplierDecision.Exploitation;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Priority;
import dev.mamori.assessment.risk.SsvcSupplierDecision.PublicSafetyImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.TechnicalImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Utility;

/**
 * CERT/CC's SSVC supplier decision as a table: one row for every combination of the four
 * decision points, no more, no less.
 */
public record SsvcSupplierTable(RuleSetId ruleSet, String source, List<Row> rows) {

	/** One combination of decision points and its outcome. */
	public record Row(Exploitation exploitation, Utility utility, TechnicalImpact technicalImpact,
			PublicSafetyImpact publicSafetyImpact, Priority priority) {

		public Row {
			Objects.requireNonNull(exploitation, "exploitation");
			Objects.requireNonNull(utility, "utility");
			Objects.requireNonNull(technicalImpact, "technicalImpact");
			Objects.requireNonNull(publicSafetyImpact, "publicSafetyImpact");
			Objects.requireNonNull(priority, "priority");
		}

		List<Enum<?>> key() {
			return List.of(this.exploitation, this.utility, this.technicalImpact, this.publicSafetyImpact);
		}

	}

	public SsvcSupplierTable {
		Objects.requireNonNull(ruleSet, "ruleSet");
		rows = List.copyOf(rows);
		Map<List<Enum<?>>, Row> seen = new HashMap<>();
		for (Row row : rows) {
			if (seen.put(row.key(), row) != null) {
				throw new IllegalArgumentException("SSVC row given twice: " + row.key());
			}
		}
		int combinations = Exploitation.values().length * Utility.values().length * TechnicalImpact.values().length
				* PublicSafetyImpact.values().length;
		if (rows.size() != combinations) {
			throw new IllegalArgumentException(
					"the SSVC supplier table needs all " + combinations + " combinations, has " + rows.size());
		}
	}

	public SsvcOutcome decide(Exploitation exploitation, Utility utility, TechnicalImpact technicalImpact,
			PublicSafetyImpact publicSafetyImpact) {
		List<Enum<?>> key = List.of(exploitation, utility, technicalImpact, publicSafetyImpact);
		Row row = this.rows.stream().filter((candidate) -> candidate.key().equals(key)).findFirst().orElseThrow();
		return new SsvcOutcome(this.ruleSet, row.priority());
	}

	/** The supplier's priority and the table that gave it. */
	public record SsvcOutcome(RuleSetId ruleSet, Priority priority) {
	}

}
