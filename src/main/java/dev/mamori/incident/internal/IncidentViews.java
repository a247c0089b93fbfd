package dev.mamori.incident.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.incident.rules.DutyState;
import dev.mamori.incident.rules.IncidentFact;
import dev.mamori.incident.rules.NotificationDutyRule;
import dev.mamori.incident.rules.NotificationRules;
import dev.mamori.incident.rules.ReportCaseLink;
import dev.mamori.product.Products;

/** Builds the view of an incident: its duties from the rules and what was recorded. */
final class IncidentViews {

	private IncidentViews() {
	}

	static IncidentView of(Incident incident, Products.VersionSnapshot version, NotificationRules rules,
			Map<String, IncidentRecords.RecordedDuty> recorded, List<IncidentView.TimelineEntry> timeline) {
		Set<IncidentFact> facts = incident.facts();
		List<IncidentView.DutyView> duties = new ArrayList<>();
		for (NotificationDutyRule rule : rules.duties()) {
			boolean applies = rule.appliesTo(facts);
			IncidentRecords.RecordedDuty duty = recorded.get(rule.key());
			if (!applies && duty == null) {
				continue;
			}
			duties.add((duty != null)
					? new IncidentView.DutyView(rule.key(), rule.recipient(), rule.reason(), rule.requirement(),
							applies, duty.state(), duty.doneOn(), duty.reference(), duty.reason(), duty.recordedBy(),
							duty.recordedAt())
					: new IncidentView.DutyView(rule.key(), rule.recipient(), rule.reason(), rule.requirement(), true,
							DutyState.OWED, null, null, null, null, null));
		}
		return new IncidentView(incident.id().toString(), incident.product().toString(), version.productName(),
				incident.version().toString(), version.version(), incident.opening(), incident.investigation(),
				incident.openedAt(), incident.openedBy(), incident.investigation().state().next(), facts,
				List.copyOf(duties), timeline, ReportCaseLink.parameters(incident.reportCaseFacts()));
	}

}
