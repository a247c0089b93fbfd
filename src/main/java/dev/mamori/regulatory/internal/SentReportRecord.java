package dev.mamori.regulatory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.regulatory.rules.ReportKind;
import dev.mamori.regulatory.rules.SentReport;

/**
 * A report as sent to PMDA: what it said (the draft at the time), when and by whom.
 *
 * @param incomplete 未完了報告: the investigation was not done by the deadline
 */
public record SentReportRecord(UUID id, ReportKind kind, boolean incomplete, LocalDate reportDate,
		LocalDate nextReportDate, ReportDraft content, Instant sentAt, String sentBy) {

	SentReport forDeadlines() {
		return new SentReport(this.kind, this.incomplete, this.reportDate, this.nextReportDate);
	}

}
