package dev.mamori.regulatory.rules;

import java.time.LocalDate;

/** What the deadline rules need to know of a report already sent. */
public record SentReport(ReportKind kind, boolean incomplete, LocalDate reportDate, LocalDate nextReportDate) {
}
