package dev.mamori.regulatory.internal;

import java.time.LocalDate;

import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.rules.DueReport;
import dev.mamori.regulatory.rules.Urgency;

/** A line of the deadline board: the report a case owes and how many days are left. */
public record DeadlineEntry(ReportCaseId caseId, String number, String title, String productName, String version,
		DueReport due, long daysLeft, Urgency urgency) {

	public LocalDate dueDate() {
		return this.due.dueDate();
	}

	public String path() {
		return "/reports/cases/" + this.caseId;
	}

}
