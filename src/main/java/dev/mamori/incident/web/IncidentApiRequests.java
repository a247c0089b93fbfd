package dev.mamori.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.incident.internal.NewIncident;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.ChecklistItem;
import dev.mamori.incident.rules.DutyState;
import dev.mamori.incident.rules.HarmOutcome;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.PotentialOutcome;

/** The bodies the incident API accepts. */
final class IncidentApiRequests {

	private IncidentApiRequests() {
	}

	record Create(UUID productId, UUID versionId, String title, IncidentOrigin origin, String reporterOrganization,
			String reporterContact, Instant receivedAt, LocalDate informationObtained, String cvdReference,
			String component, String description, IncidentSeverity severity, List<String> installations,
			List<String> vulnerabilities) {

		NewIncident toInput() {
			return new NewIncident(this.productId, this.versionId, this.title, this.origin, this.reporterOrganization,
					this.reporterContact, this.receivedAt, this.informationObtained, this.cvdReference, this.component,
					this.description, this.severity, this.installations, this.vulnerabilities);
		}

	}

	record ChecklistUpdate(Map<ChecklistItem, Answer> answers, Map<ChecklistItem, String> notes,
			Answer cyberattackSuspected, Answer deviceVulnerability) {
	}

	record ImpactUpdate(Answer harm, HarmOutcome outcome, PotentialOutcome potentialOutcome) {
	}

	record ActionEntry(String text) {
	}

	record MalwareEvidence(String infectionRoute, String sampleHash, String note) {
	}

	record MalwareRemoval(String reasonWithoutEvidence) {
	}

	record NetworkUpdate(boolean overload, String measures) {
	}

	record VulnerabilityLinks(List<String> ids) {
	}

	record DutyUpdate(DutyState state, LocalDate doneOn, String reference, String reason) {
	}

	record StateChange(IncidentState state, String reason) {
	}

	record Created(String id) {
	}

}
