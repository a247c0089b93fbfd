package dev.mamori.regulatory.internal;

import java.time.LocalDate;

import dev.mamori.regulatory.rules.ReportKind;

/**
 * A report being recorded as sent.
 *
 * @param reportDate the day it was sent; today when {@code null}
 * @param nextReportDate when the next (follow-up) report is due
 */
public record ReportInput(ReportKind kind, boolean incomplete, LocalDate reportDate, LocalDate nextReportDate) {
}
