package dev.mamori.incident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.mamori.common.InputChecks;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.incident.IncidentId;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.IncidentFact;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.MalwareHandling;
import dev.mamori.incident.rules.PatientImpact;
import dev.mamori.incident.rules.ReportCaseLink;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

/**
 * An incident: its opening facts, and what the investigation has found so far. Methods
 * refuse what the process forbids (an illegal state change, malware removed before its
 * evidence, contradictory patient facts); the service audits every change.
 */
final class Incident {

	private final IncidentId id;

	private final ProductId product;

	private final ProductVersionId version;

	private final IncidentOpening opening;

	private final Instant openedAt;

	private final String openedBy;

	private IncidentState state;

	private Checklist checklist;

	private Answer cyberattack;

	private Answer deviceVulnerability;

	private PatientImpact impact;

	private MalwareHandling malware;

	private boolean networkOverload;

	private String networkMeasures;

	private List<String> vulnerabilities;

	Incident(IncidentId id, ProductId product, ProductVersionId version, IncidentOpening opening, Instant openedAt,
			String openedBy, IncidentInvestigation investigation) {
		this.id = id;
		this.product = product;
		this.version = version;
		this.opening = opening;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.state = investigation.state();
		this.checklist = investigation.checklist();
		this.cyberattack = investigation.cyberattack();
		this.deviceVulnerability = investigation.deviceVulnerability();
		this.impact = investigation.impact();
		this.malware = investigation.malware();
		this.networkOverload = investigation.networkOverload();
		this.networkMeasures = investigation.networkMeasures();
		this.vulnerabilities = List.copyOf(investigation.vulnerabilities());
	}

	static Incident open(IncidentId id, ProductId product, ProductVersionId version, IncidentOpening opening,
			List<String> vulnerabilities, Instant now, String by) {
		IncidentInvestigation start = new IncidentInvestigation(IncidentState.OPEN, Checklist.unanswered(),
				Answer.UNKNOWN, vulnerabilities.isEmpty() ? Answer.UNKNOWN : Answer.YES, PatientImpact.unknown(),
				MalwareHandling.none(), false, null, vulnerabilities);
		return new Incident(id, product, version, opening, now, by, start);
	}

	void moveTo(IncidentState target) {
		if (!this.state.canMoveTo(target)) {
			throw ValidationFailedException.of("state", "incident.state.illegal", this.state.name(), target.name());
		}
		this.state = target;
	}

	void investigate(Checklist answers, Answer cyberattackSuspected, Answer deviceVulnerabilityInvolved) {
		this.checklist = answers;
		this.cyberattack = (cyberattackSuspected != null) ? cyberattackSuspected : Answer.UNKNOWN;
		this.deviceVulnerability = (deviceVulnerabilityInvolved != null) ? deviceVulnerabilityInvolved : Answer.UNKNOWN;
	}

	void recordImpact(PatientImpact newImpact) {
		InputChecks checks = new InputChecks();
		newImpact.contradictions().forEach((code) -> checks.add("impact", code));
		checks.throwIfInvalid();
		this.impact = newImpact;
	}

	void captureMalwareEvidence(String route, String hash, String note, Instant at, String by) {
		this.malware = this.malware.captureEvidence(route, hash, note, at, by);
	}

	void recordMalwareRemoval(Instant at, String by, String reasonWithoutEvidence) {
		this.malware = this.malware.recordRemoval(at, by, reasonWithoutEvidence);
	}

	void recordNetworkOverload(boolean overload, String measures) {
		InputChecks checks = new InputChecks();
		String text = checks.optionalText("networkMeasures", measures, 4000);
		checks.check(!overload || text != null, "networkMeasures", "incident.network.measuresRequired");
		checks.throwIfInvalid();
		this.networkOverload = overload;
		this.networkMeasures = text;
	}

	void linkVulnerabilities(List<String> ids) {
		this.vulnerabilities = List.copyOf(ids);
	}

	java.util.Set<IncidentFact> facts() {
		return IncidentFact.of(this.checklist, this.cyberattack, this.deviceVulnerability, this.malware.found(),
				this.impact);
	}

	ReportCaseLink.Facts reportCaseFacts() {
		return new ReportCaseLink.Facts(this.id.value(), this.product.value(), this.version.value(), this.checklist,
				this.impact, this.opening.informationObtained(), this.opening.title(), this.vulnerabilities);
	}

	IncidentId id() {
		return this.id;
	}

	ProductId product() {
		return this.product;
	}

	ProductVersionId version() {
		return this.version;
	}

	IncidentOpening opening() {
		return this.opening;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	String openedBy() {
		return this.openedBy;
	}

	IncidentInvestigation investigation() {
		return new IncidentInvestigation(this.state, this.checklist, this.cyberattack, this.deviceVulnerability,
				this.impact, this.malware, this.networkOverload, this.networkMeasures, this.vulnerabilities);
	}

}
