package dev.mamori.assessment.risk;

/**
 * The estimated and evaluated risk of one hazardous situation (V3).
 *
 * @param matrix the risk matrix that evaluated it
 */
public record RiskEstimate(RuleSetId matrix, Level severity, Level probability, RiskLevel level) {

	public RiskAcceptability acceptability() {
		return this.level.acceptability();
	}

	public FdaRiskClass fda() {
		return this.level.fda();
	}

}
