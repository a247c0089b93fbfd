package dev.mamori.regulatory.internal;

import dev.mamori.access.Actor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
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
		for (ReportCase monitored : this.store.monitored(event.version())) {
			if (monitored.review()) {
				continue;
			}
			this.store.update(monitored.flaggedForReview("findings"), this.clock.instant());
			this.audit.record(AuditRecord.of("report.case.flaggedForReview", "report_case", monitored.id(), "findings")
				.withDetail("number", monitored.number())
				.withDetail("added", event.added())
				.withDetail("removed", event.removed()), Actor.SYSTEM);
		}
	}

}
