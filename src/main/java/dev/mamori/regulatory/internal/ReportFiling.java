package dev.mamori.regulatory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ConflictException;
import dev.mamori.common.InputChecks;
import dev.mamori.common.MamoriTime;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.rules.CaseState;
import dev.mamori.regulatory.rules.ReportKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the reports sent to PMDA (first, possibly 未完了; follow-ups, each with its
 * next-report date; final) and the safety measures taken (R2, R7). A report keeps a copy
 * of the case's draft as sent. The final report is the only way a case closes (R6).
 */
@Service
public class ReportFiling {

	private static final Set<String> LETTERS = Set.of("NONE", "YELLOW", "BLUE");

	private final ReportCaseService cases;

	private final ReportCaseStore store;

	private final CaseRecords records;

	private final AuditLog audit;

	private final java.time.Clock clock;

	ReportFiling(ReportCaseService cases, ReportCaseStore store, CaseRecords records, AuditLog audit,
			java.time.Clock clock) {
		this.cases = cases;
		this.store = store;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID fileReport(ReportCaseId id, ReportInput input) {
		LocalDate today = MamoriTime.today(this.clock);
		InputChecks checks = new InputChecks();
		checks.check(input.kind() != null, "kind", "validation.required");
		LocalDate reportDate = (input.reportDate() != null) ? input.reportDate() : today;
		checks.check(!reportDate.isAfter(today), "reportDate", "report.report.dateFuture");
		boolean needsNext = input.kind() == ReportKind.FOLLOW_UP
				|| (input.kind() == ReportKind.FIRST && input.incomplete());
		if (needsNext) {
			checks.check(input.nextReportDate() != null, "nextReportDate", "report.report.nextDateRequired");
		}
		if (input.kind() == ReportKind.FINAL) {
			checks.check(!input.incomplete(), "incomplete", "report.report.finalIncomplete");
			checks.check(input.nextReportDate() == null, "nextReportDate", "report.report.finalNoNext");
		}
		checks.check(input.nextReportDate() == null || input.nextReportDate().isAfter(reportDate), "nextReportDate",
				"report.report.nextAfterReport");
		checks.throwIfInvalid();
		ReportCase current = this.cases.require(id, true);
		if (current.state() == CaseState.CLOSED) {
			throw new ConflictException("report.case.closed", current.number());
		}
		if (current.state() == CaseState.MONITORING) {
			throw new ConflictException("report.report.notReportable", current.number());
		}
		List<SentReportRecord> sent = this.records.reports(id);
		boolean hasFirst = sent.stream().anyMatch((report) -> report.kind() == ReportKind.FIRST);
		if (input.kind() == ReportKind.FIRST && hasFirst) {
			throw new ConflictException("report.report.firstAlready", current.number());
		}
		if (input.kind() != ReportKind.FIRST && !hasFirst) {
			throw new ConflictException("report.report.firstMissing", current.number());
		}
		Instant now = this.clock.instant();
		SentReportRecord report = new SentReportRecord(UUID.randomUUID(), input.kind(), input.incomplete(), reportDate,
				input.nextReportDate(), current.draft(), now, CurrentActor.get().name());
		this.records.addReport(id, report);
		CaseState next = (input.kind() == ReportKind.FINAL) ? CaseState.CLOSED : CaseState.REPORTING;
		this.store.update(current.withState(next), now);
		this.audit.record(AuditRecord.of("report.report.sent", "report_case", id, input.kind().name())
			.withDetail("number", current.number())
			.withDetail("report", report.id().toString())
			.withDetail("incomplete", input.incomplete())
			.withDetail("reportDate", reportDate.toString())
			.withDetail("nextReportDate", (input.nextReportDate() != null) ? input.nextReportDate().toString() : null)
			.withDetail("state", next.name()));
		return report.id();
	}

	@Transactional
	public UUID addMeasure(ReportCaseId id, MeasureInput input) {
		InputChecks checks = new InputChecks();
		checks.check(input.kind() != null, "kind", "validation.required");
		checks.check(input.startedOn() != null, "startedOn", "validation.required");
		checks.check(
				input.startedOn() == null || input.completedOn() == null
						|| !input.completedOn().isBefore(input.startedOn()),
				"completedOn", "report.measure.completedBefore");
		String letter = (input.letter() != null && !input.letter().isBlank()) ? input.letter() : "NONE";
		checks.check(LETTERS.contains(letter), "letter", "report.measure.letter");
		String note = checks.optionalText("note", input.note(), 4000);
		checks.throwIfInvalid();
		ReportCase current = this.cases.require(id, true);
		Instant now = this.clock.instant();
		SafetyMeasure measure = new SafetyMeasure(UUID.randomUUID(), input.kind(), input.startedOn(),
				input.completedOn(), letter, note, now, CurrentActor.get().name());
		this.records.addMeasure(id, measure);
		this.store.update(current, now);
		this.audit.record(AuditRecord.of("report.measure.recorded", "report_case", id, input.kind().name())
			.withDetail("number", current.number())
			.withDetail("startedOn", input.startedOn().toString())
			.withDetail("completedOn", (input.completedOn() != null) ? input.completedOn().toString() : null)
			.withDetail("letter", letter)
			.withDetail("note", note));
		return measure.id();
	}

}
