package dev.mamori.incident.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.mamori.incident.internal.NewIncident;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;

import org.springframework.format.annotation.DateTimeFormat;

/** The new-incident form; installations and vulnerabilities are one per line. */
public class IncidentForm {

	private UUID version;

	private String title;

	private IncidentOrigin origin = IncidentOrigin.MANUAL;

	private IncidentSeverity severity = IncidentSeverity.MEDIUM;

	private String reporterOrganization;

	private String reporterContact;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate informationObtained;

	private String cvdReference;

	private String component;

	private String description;

	private String installations;

	private String vulnerabilities;

	NewIncident toInput(UUID product) {
		return new NewIncident(product, this.version, this.title, this.origin, this.reporterOrganization,
				this.reporterContact, null, this.informationObtained, this.cvdReference, this.component,
				this.description, this.severity, lines(this.installations), lines(this.vulnerabilities));
	}

	static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public UUID getVersion() {
		return this.version;
	}

	public void setVersion(UUID version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public IncidentOrigin getOrigin() {
		return this.origin;
	}

	public void setOrigin(IncidentOrigin origin) {
		this.origin = origin;
	}

	public IncidentSeverity getSeverity() {
		return this.severity;
	}

	public void setSeverity(IncidentSeverity severity) {
		this.severity = severity;
	}

	public String getReporterOrganization() {
		return this.reporterOrganization;
	}

	public void setReporterOrganization(String reporterOrganization) {
		this.reporterOrganization = reporterOrganization;
	}

	public String getReporterContact() {
		return this.reporterContact;
	}

	public void setReporterContact(String reporterContact) {
		this.reporterContact = reporterContact;
	}

	public LocalDate getInformationObtained() {
		return this.informationObtained;
	}

	public void setInformationObtained(LocalDate informationObtained) {
		this.informationObtained = informationObtained;
	}

	public String getCvdReference() {
		return this.cvdReference;
	}

	public void setCvdReference(String cvdReference) {
		this.cvdReference = cvdReference;
	}

	public String getComponent() {
		return this.component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getInstallations() {
		return this.installations;
	}

	public void setInstallations(String installations) {
		this.installations = installations;
	}

	public String getVulnerabilities() {
		return this.vulnerabilities;
	}

	public void setVulnerabilities(String vulnerabilities) {
		this.vulnerabilities = vulnerabilities;
	}

}
