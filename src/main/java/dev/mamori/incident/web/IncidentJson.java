package dev.mamori.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mamori.incident.internal.IncidentInvestigation;
import dev.mamori.incident.internal.IncidentOpening;
import dev.mamori.incident.internal.IncidentView;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.ChecklistItem;
import dev.mamori.incident.rules.IncidentFact;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.MalwareHandling;
import dev.mamori.incident.rules.PatientImpact;

import org.springframework.web.util.UriComponentsBuilder;

/** An incident as the API returns it; rule texts in the caller's language. */
record IncidentJson(String id, String productId, String productName, String versionId, String version, String title,
		String origin, String reporterOrganization, String reporterContact, Instant receivedAt,
		LocalDate informationObtained, String cvdReference, String component, String description, String severity,
		List<String> installations, IncidentState state, Set<IncidentState> nextStates,
		Map<ChecklistItem, Answer> checklist, Map<ChecklistItem, String> checklistNotes, Answer cyberattackSuspected,
		Answer deviceVulnerability, PatientImpact patientImpact, MalwareHandling malware, boolean networkOverload,
		String networkMeasures, List<String> vulnerabilities, Set<IncidentFact> facts, List<Duty> notificationsOwed,
		List<Entry> timeline, String reportCaseLink, Instant openedAt, String openedBy) {

	static IncidentJson of(IncidentView view, Locale locale) {
		IncidentOpening opening = view.opening();
		IncidentInvestigation found = view.investigation();
		return new IncidentJson(view.id(), view.productId(), view.productName(), view.versionId(), view.version(),
				opening.title(), opening.origin().name(), opening.reporterOrganization(), opening.reporterContact(),
				opening.receivedAt(), opening.informationObtained(), opening.cvdReference(), opening.component(),
				opening.description(), opening.severity().name(), opening.installations(), found.state(),
				view.nextStates(), found.checklist().answers(), found.checklist().notes(), found.cyberattack(),
				found.deviceVulnerability(), found.impact(), found.malware(), found.networkOverload(),
				found.networkMeasures(), found.vulnerabilities(), view.facts(),
				view.duties()
					.stream()
					.map((duty) -> new Duty(duty.key(), duty.recipient().in(locale), duty.reason().in(locale),
							duty.requirement(), duty.applies(), duty.state().name(), duty.doneOn(), duty.reference(),
							duty.note(), duty.recordedBy(), duty.recordedAt()))
					.toList(),
				view.timeline().stream().map((e) -> new Entry(e.at(), e.actor(), e.kind(), e.text())).toList(),
				reportCaseLink(view.reportCaseParameters()), view.openedAt(), view.openedBy());
	}

	/** The path and query of the regulatory module's new-case form with these facts. */
	static String reportCaseLink(Map<String, String> parameters) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(dev.mamori.incident.rules.ReportCaseLink.PATH);
		parameters.forEach(link::queryParam);
		return link.encode().build().toUriString();
	}

	record Duty(String key, String recipient, String reason, String requirement, boolean applies, String state,
			LocalDate doneOn, String reference, String note, String recordedBy, Instant recordedAt) {
	}

	record Entry(Instant at, String actor, String kind, String text) {
	}

}
