package dev.mamori.regulatory.web;

import java.time.LocalDate;

import dev.mamori.regulatory.rules.CaseFacts;

import org.springframework.format.annotation.DateTimeFormat;

/** The decision facts of {@link CaseForm}, as the form's fields hold them. */
public class CaseFormFacts {

	private String origin = "DOMESTIC";

	private String event;

	private String outcome;

	private String potentialOutcome;

	private String predictable = "";

	private String trendUnpredictable = "";

	private String trendChange = "";

	private String designatedDevice = "false";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate approvalDate;

	private String causalitySuspected = "";

	private String vulnerableSoftwarePresent = "";

	private String vulnerableSoftwareUsed = "";

	private String riskReducedNoHarmPossible = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate informationObtained;

	void setFacts(CaseFacts facts) {
		this.origin = name(facts.origin());
		this.event = name(facts.event());
		this.outcome = name(facts.outcome());
		this.potentialOutcome = name(facts.potentialOutcome());
		this.predictable = text(facts.predictable());
		this.trendUnpredictable = text(facts.trendUnpredictable());
		this.trendChange = text(facts.trendChange());
		this.designatedDevice = text(facts.designatedDevice());
		this.approvalDate = facts.approvalDate();
		this.causalitySuspected = text(facts.causalitySuspected());
		this.vulnerableSoftwarePresent = text(facts.cyber().vulnerableSoftwarePresent());
		this.vulnerableSoftwareUsed = text(facts.cyber().vulnerableSoftwareUsed());
		this.riskReducedNoHarmPossible = text(facts.cyber().riskReducedNoHarmPossible());
		this.informationObtained = facts.informationObtained();
	}

	/** The constant of that name, {@code null} for blank or unknown values. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip())) {
				return constant;
			}
		}
		return null;
	}

	static Boolean bool(String value) {
		return ("true".equals(value)) ? Boolean.TRUE : ("false".equals(value)) ? Boolean.FALSE : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String text(Boolean value) {
		return (value != null) ? value.toString() : "";
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public String getEvent() {
		return this.event;
	}

	public void setEvent(String event) {
		this.event = event;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getPotentialOutcome() {
		return this.potentialOutcome;
	}

	public void setPotentialOutcome(String potentialOutcome) {
		this.potentialOutcome = potentialOutcome;
	}

	public String getPredictable() {
		return this.predictable;
	}

	public void setPredictable(String predictable) {
		this.predictable = predictable;
	}

	public String getTrendUnpredictable() {
		return this.trendUnpredictable;
	}

	public void setTrendUnpredictable(String trendUnpredictable) {
		this.trendUnpredictable = trendUnpredictable;
	}

	public String getTrendChange() {
		return this.trendChange;
	}

	public void setTrendChange(String trendChange) {
		this.trendChange = trendChange;
	}

	public String getDesignatedDevice() {
		return this.designatedDevice;
	}

	public void setDesignatedDevice(String designatedDevice) {
		this.designatedDevice = designatedDevice;
	}

	public LocalDate getApprovalDate() {
		return this.approvalDate;
	}

	public void setApprovalDate(LocalDate approvalDate) {
		this.approvalDate = approvalDate;
	}

	public String getCausalitySuspected() {
		return this.causalitySuspected;
	}

	public void setCausalitySuspected(String causalitySuspected) {
		this.causalitySuspected = causalitySuspected;
	}

	public String getVulnerableSoftwarePresent() {
		return this.vulnerableSoftwarePresent;
	}

	public void setVulnerableSoftwarePresent(String vulnerableSoftwarePresent) {
		this.vulnerableSoftwarePresent = vulnerableSoftwarePresent;
	}

	public String getVulnerableSoftwareUsed() {
		return this.vulnerableSoftwareUsed;
	}

	public void setVulnerableSoftwareUsed(String vulnerableSoftwareUsed) {
		this.vulnerableSoftwareUsed = vulnerableSoftwareUsed;
	}

	public String getRiskReducedNoHarmPossible() {
		return this.riskReducedNoHarmPossible;
	}

	public void setRiskReducedNoHarmPossible(String riskReducedNoHarmPossible) {
		this.riskReducedNoHarmPossible = riskReducedNoHarmPossible;
	}

	public LocalDate getInformationObtained() {
		return this.informationObtained;
	}

	public void setInformationObtained(LocalDate informationObtained) {
		this.informationObtained = informationObtained;
	}

}
