package dev.mamori.assessment.risk;

import java.util.Objects;

/** A cell value of the risk matrix: its label, acceptability and FDA class. */
public record RiskLevel(String id, String ja, String en, RiskAcceptability acceptability, FdaRiskClass fda) {

	public RiskLevel {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(acceptability, "acceptability of " + id);
		Objects.requireNonNull(fda, "fda class of " + id);
		if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("risk level " + id + " needs its Japanese and English label");
		}
	}

}
