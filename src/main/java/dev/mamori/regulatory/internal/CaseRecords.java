package dev.mamori.regulatory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.rules.ReportKind;
import dev.mamori.regulatory.rules.SafetyMeasureKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only records of a case: reports sent, safety measures, and the reminder
 * claims that make each reminder go out once across nodes.
 */
@Repository
class CaseRecords {

	private final JdbcClient jdbc;

	private final ReportCaseStore store;

	CaseRecords(JdbcClient jdbc, ReportCaseStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	void addReport(ReportCaseId id, SentReportRecord report) {
		this.jdbc
			.sql("""
					insert into report_case_report (id, case_id, kind, incomplete, report_date, next_report_date, content,
					  sent_at, sent_by)
					values (:id, :caseId, :kind, :incomplete, :reportDate, :next, cast(:content as jsonb), :sentAt, :sentBy)""")
			.param("id", report.id())
			.param("caseId", id.value())
			.param("kind", report.kind().name())
			.param("incomplete", report.incomplete())
			.param("reportDate", report.reportDate())
			.param("next", report.nextReportDate())
			.param("content", this.store.write(report.content()))
			.param("sentAt", Timestamp.from(report.sentAt()))
			.param("sentBy", report.sentBy())
			.update();
	}

	List<SentReportRecord> reports(ReportCaseId id) {
		return this.jdbc.sql("select * from report_case_report where case_id = :id order by sent_at, id")
			.param("id", id.value())
			.query((rs, row) -> new SentReportRecord(rs.getObject("id", UUID.class),
					ReportKind.valueOf(rs.getString("kind")), rs.getBoolean("incomplete"),
					rs.getObject("report_date", LocalDate.class), rs.getObject("next_report_date", LocalDate.class),
					this.store.read(rs.getString("content"), new TypeReference<ReportDraft>() {
					}), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by")))
			.list();
	}

	void addMeasure(ReportCaseId id, SafetyMeasure measure) {
		this.jdbc.sql("""
				insert into report_safety_measure (id, case_id, kind, started_on, completed_on, letter, note,
				  recorded_at, recorded_by)
				values (:id, :caseId, :kind, :started, :completed, :letter, :note, :at, :by)""")
			.param("id", measure.id())
			.param("caseId", id.value())
			.param("kind", measure.kind().name())
			.param("started", measure.startedOn())
			.param("completed", measure.completedOn())
			.param("letter", measure.letter())
			.param("note", (measure.note() != null) ? measure.note() : "")
			.param("at", Timestamp.from(measure.recordedAt()))
			.param("by", measure.recordedBy())
			.update();
	}

	List<SafetyMeasure> measures(ReportCaseId id) {
		return this.jdbc.sql("select * from report_safety_measure where case_id = :id order by started_on, recorded_at")
			.param("id", id.value())
			.query((rs, row) -> new SafetyMeasure(rs.getObject("id", UUID.class),
					SafetyMeasureKind.valueOf(rs.getString("kind")), rs.getObject("started_on", LocalDate.class),
					rs.getObject("completed_on", LocalDate.class), rs.getString("letter"), rs.getString("note"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	/** True for the one caller that claims this reminder first, on any node. */
	boolean claimReminder(ReportCaseId id, LocalDate due, long daysLeft, Instant now) {
		return this.jdbc.sql("""
				insert into report_reminder (case_id, due_date, days_left, sent_at) values (:id, :due, :days, :now)
				on conflict do nothing""")
			.param("id", id.value())
			.param("due", due)
			.param("days", (int) daysLeft)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}
