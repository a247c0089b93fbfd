package dev.mamori.regulatory.internal;

import java.util.List;
import java.util.Map;

import dev.mamori.access.Actor;
import dev.mamori.audit.AuditLog;
import dev.mamori.assessment.AnalysisConcluded;
import dev.mamori.audit.AuditRecord;
import dev.mamori.incident.IncidentChanged;
import dev.mamori.vulnerability.FindingsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Not reportable" stays open for re-evaluation (R5): when the findings of a version
 * change (a new SBOM revision, new vulnerability data), its monitored cases are flagged
 * for review, since the vulnerable software may now be present or used. The safety
 * officer confirms the decision again.
 */
@Component
class ReEvaluation {

	private final ReportCaseStore store;

	private final AuditLog audit;

	private final java.time.Clock clock;

	ReEvaluation(ReportCaseStore store, AuditLog audit, java.time.Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	// matching publishes from after-commit listeners, where no transaction is active:
	// fallbackExecution runs this then too, in a transaction of its own
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void findingsChanged(FindingsChanged event) {
		flag(this.store.monitored(event.version()), "findings",
				Map.of("added", event.added(), "removed", event.removed()));
	}

	/** A finding's analysis changed: cases on that version about that vulnerability. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void analysisConcluded(AnalysisConcluded event) {
		List<ReportCase> concerned = this.store.monitored(event.finding().version())
			.stream()
			.filter((monitored) -> monitored.vulnerability() == null || event.vulnerabilityId() == null
					|| monitored.vulnerability().equalsIgnoreCase(event.vulnerabilityId()))
			.toList();
		flag(concerned, "analysis", Map.of("state", event.state(), "vulnerability",
				String.valueOf(event.vulnerabilityId()), "by", event.actor()));
	}

	/** A new incident about the same vulnerability, on whichever version (R5). */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void incidentChanged(IncidentChanged event) {
		if (!event.opened()) {
			return;
		}
		flag(this.store.monitoredAbout(event.vulnerabilities()), "incident",
				Map.of("incident", event.incident().toString()));
	}

	private void flag(List<ReportCase> cases, String why, Map<String, Object> details) {
		for (ReportCase monitored : cases) {
			if (monitored.review()) {
				continue;
			}
			this.store.update(monitored.flaggedForReview(why), this.clock.instant());
			AuditRecord record = AuditRecord.of("report.case.flaggedForReview", "report_case", monitored.id(), why)
				.withDetail("number", monitored.number());
			for (Map.Entry<String, Object> detail : details.entrySet()) {
				record = record.withDetail(detail.getKey(), detail.getValue());
			}
			this.audit.record(record, Actor.SYSTEM);
		}
	}

}
