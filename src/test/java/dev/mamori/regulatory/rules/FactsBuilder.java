package dev.mamori.regulatory.rules;

import java.time.LocalDate;

/** Case facts for tests: start from an event and set what the test is about. */
final class FactsBuilder {

	private Origin origin = Origin.DOMESTIC;

	private ReportEvent event;

	private Outcome outcome;

	private PotentialOutcome potentialOutcome;

	private Boolean predictable = false;

	private Boolean trendUnpredictable = false;

	private Boolean trendChange = false;

	private Boolean designatedDevice = false;

	private LocalDate approvalDate = LocalDate.parse("2020-07-01");

	private Boolean causalitySuspected = true;

	private CyberFacts cyber = new CyberFacts(true, true, false);

	private LocalDate informationObtained = LocalDate.parse("2026-04-01");

	private FactsBuilder(ReportEvent event) {
		this.event = event;
	}

	static FactsBuilder healthDamage(Outcome outcome) {
		FactsBuilder builder = new FactsBuilder(ReportEvent.HEALTH_DAMAGE);
		builder.outcome = outcome;
		return builder;
	}

	static FactsBuilder infection(Outcome outcome) {
		FactsBuilder builder = new FactsBuilder(ReportEvent.INFECTION);
		builder.outcome = outcome;
		return builder;
	}

	static FactsBuilder malfunction(PotentialOutcome potential) {
		FactsBuilder builder = new FactsBuilder(ReportEvent.MALFUNCTION);
		builder.potentialOutcome = potential;
		return builder;
	}

	static FactsBuilder event(ReportEvent event) {
		return new FactsBuilder(event);
	}

	FactsBuilder foreign() {
		this.origin = Origin.FOREIGN;
		return this;
	}

	FactsBuilder origin(Origin origin) {
		this.origin = origin;
		return this;
	}

	FactsBuilder known() {
		this.predictable = true;
		return this;
	}

	FactsBuilder predictable(Boolean predictable) {
		this.predictable = predictable;
		return this;
	}

	FactsBuilder trendUnpredictable() {
		this.trendUnpredictable = true;
		return this;
	}

	FactsBuilder trendChange() {
		this.trendChange = true;
		return this;
	}

	FactsBuilder trend(Boolean unpredictable, Boolean change) {
		this.trendUnpredictable = unpredictable;
		this.trendChange = change;
		return this;
	}

	FactsBuilder designated() {
		this.designatedDevice = true;
		return this;
	}

	FactsBuilder designated(Boolean designated) {
		this.designatedDevice = designated;
		return this;
	}

	FactsBuilder approval(String date) {
		this.approvalDate = (date != null) ? LocalDate.parse(date) : null;
		return this;
	}

	FactsBuilder causality(Boolean suspected) {
		this.causalitySuspected = suspected;
		return this;
	}

	FactsBuilder cyber(Boolean present, Boolean used, Boolean riskReduced) {
		this.cyber = new CyberFacts(present, used, riskReduced);
		return this;
	}

	FactsBuilder outcome(Outcome outcome) {
		this.outcome = outcome;
		return this;
	}

	FactsBuilder potential(PotentialOutcome potential) {
		this.potentialOutcome = potential;
		return this;
	}

	FactsBuilder obtained(String date) {
		this.informationObtained = (date != null) ? LocalDate.parse(date) : null;
		return this;
	}

	CaseFacts build() {
		return new CaseFacts(this.origin, this.event, this.outcome, this.potentialOutcome, this.predictable,
				this.trendUnpredictable, this.trendChange, this.designatedDevice, this.approvalDate,
				this.causalitySuspected, this.cyber, this.informationObtained);
	}

}
