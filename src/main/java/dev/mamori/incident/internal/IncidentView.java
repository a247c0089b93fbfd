package dev.mamori.incident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.incident.rules.DutyState;
import dev.mamori.incident.rules.IncidentFact;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.LocalizedText;

/**
 * An incident as pages and the API show it.
 *
 * @param reportCaseParameters the query of the link that opens a malfunction-report case
 * with the facts known
 */
public record IncidentView(String id, String productId, String productName, String versionId, String version,
		IncidentOpening opening, IncidentInvestigation investigation, Instant openedAt, String openedBy,
		Set<IncidentState> nextStates, Set<IncidentFact> facts, List<DutyView> duties, List<TimelineEntry> timeline,
		Map<String, String> reportCaseParameters) {

	/**
	 * A notification owed to others, with what was recorded for it.
	 *
	 * @param applies whether the current facts still call for it (a recorded duty whose
	 * facts changed stays listed)
	 */
	public record DutyView(String key, LocalizedText recipient, LocalizedText reason, String requirement,
			boolean applies, DutyState state, LocalDate doneOn, String reference, String note, String recordedBy,
			Instant recordedAt) {
	}

	/** One entry of the timeline: an action taken or a change recorded. */
	public record TimelineEntry(Instant at, String actor, String kind, String text) {
	}

}
