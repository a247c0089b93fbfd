package dev.mamori.regulatory.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.regulatory.internal.CaseInput;
import dev.mamori.regulatory.internal.ReportCase;
import dev.mamori.regulatory.internal.ReportDraft;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.CyberFacts;
import dev.mamori.regulatory.rules.Origin;
import dev.mamori.regulatory.rules.Outcome;
import dev.mamori.regulatory.rules.PotentialOutcome;
import dev.mamori.regulatory.rules.ReportEvent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-case and edit form. Facts are text, so that a value handed over by the incident
 * page that is not (yet) known to the table leaves the field empty instead of failing;
 * yes/no facts are "", "true" or "false" (unknown, yes, no).
 */
public class CaseForm extends CaseFormFacts {

	private UUID version;

	private UUID incident;

	private String vulnerability;

	private String title;

	private String summary;

	private String ifuVersion;

	private String ifuPassage;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String patientInitials;

	private String patientAge;

	private String patientSex;

	private String patientOutcome;

	private String lotSerial;

	private String eventText;

	private String investigation;

	private String actionsSoFar;

	private String plannedActions;

	CaseInput toInput(UUID product) {
		CaseFacts facts = new CaseFacts(
				parse(Origin.class, getOrigin()), parse(ReportEvent.class, getEvent()), parse(Outcome.class,
						getOutcome()),
				parse(PotentialOutcome.class, getPotentialOutcome()), bool(getPredictable()),
				bool(getTrendUnpredictable()), bool(getTrendChange()), bool(getDesignatedDevice()), getApprovalDate(),
				bool(getCausalitySuspected()), new CyberFacts(bool(getVulnerableSoftwarePresent()),
						bool(getVulnerableSoftwareUsed()), bool(getRiskReducedNoHarmPossible())),
				getInformationObtained());
		return new CaseInput(product, this.version, this.incident, this.vulnerability, this.title, this.summary, facts,
				this.ifuVersion, this.ifuPassage,
				new ReportDraft(this.occurredOn, this.patientInitials, this.patientAge, this.patientSex,
						this.patientOutcome, this.lotSerial, this.eventText, this.investigation, this.actionsSoFar,
						this.plannedActions));
	}

	static CaseForm of(ReportCase c) {
		CaseForm form = new CaseForm();
		form.version = c.version().value();
		form.incident = c.incident();
		form.vulnerability = c.vulnerability();
		form.title = c.title();
		form.summary = c.summary();
		form.ifuVersion = c.ifuVersion();
		form.ifuPassage = c.ifuPassage();
		form.setFacts(c.facts());
		ReportDraft d = c.draft();
		form.occurredOn = d.occurredOn();
		form.patientInitials = d.patientInitials();
		form.patientAge = d.patientAge();
		form.patientSex = d.patientSex();
		form.patientOutcome = d.patientOutcome();
		form.lotSerial = d.lotSerial();
		form.eventText = d.event();
		form.investigation = d.investigation();
		form.actionsSoFar = d.actionsSoFar();
		form.plannedActions = d.plannedActions();
		return form;
	}

	public UUID getVersion() {
		return this.version;
	}

	public void setVersion(UUID version) {
		this.version = version;
	}

	public UUID getIncident() {
		return this.incident;
	}

	public void setIncident(UUID incident) {
		this.incident = incident;
	}

	public String getVulnerability() {
		return this.vulnerability;
	}

	public void setVulnerability(String vulnerability) {
		this.vulnerability = vulnerability;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getIfuVersion() {
		return this.ifuVersion;
	}

	public void setIfuVersion(String ifuVersion) {
		this.ifuVersion = ifuVersion;
	}

	public String getIfuPassage() {
		return this.ifuPassage;
	}

	public void setIfuPassage(String ifuPassage) {
		this.ifuPassage = ifuPassage;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getPatientInitials() {
		return this.patientInitials;
	}

	public void setPatientInitials(String patientInitials) {
		this.patientInitials = patientInitials;
	}

	public String getPatientAge() {
		return this.patientAge;
	}

	public void setPatientAge(String patientAge) {
		this.patientAge = patientAge;
	}

	public String getPatientSex() {
		return this.patientSex;
	}

	public void setPatientSex(String patientSex) {
		this.patientSex = patientSex;
	}

	public String getPatientOutcome() {
		return this.patientOutcome;
	}

	public void setPatientOutcome(String patientOutcome) {
		this.patientOutcome = patientOutcome;
	}

	public String getLotSerial() {
		return this.lotSerial;
	}

	public void setLotSerial(String lotSerial) {
		this.lotSerial = lotSerial;
	}

	public String getEventText() {
		return this.eventText;
	}

	public void setEventText(String eventText) {
		this.eventText = eventText;
	}

	public String getInvestigation() {
		return this.investigation;
	}

	public void setInvestigation(String investigation) {
		this.investigation = investigation;
	}

	public String getActionsSoFar() {
		return this.actionsSoFar;
	}

	public void setActionsSoFar(String actionsSoFar) {
		this.actionsSoFar = actionsSoFar;
	}

	public String getPlannedActions() {
		return this.plannedActions;
	}

	public void setPlannedActions(String plannedActions) {
		this.plannedActions = plannedActions;
	}

}
