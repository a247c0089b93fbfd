package dev.mamori.regulatory.web;

import java.time.LocalDate;

import dev.mamori.regulatory.internal.DeadlineEntry;

/** A line of the deadline board as the API returns it. */
record DeadlineJson(String caseId, String number, String title, String productName, String version, String report,
		String category, LocalDate dueDate, LocalDate nextBusinessDay, boolean provisional, long daysLeft,
		String urgency, String path) {

	static DeadlineJson of(DeadlineEntry entry) {
		return new DeadlineJson(entry.caseId().toString(), entry.number(), entry.title(), entry.productName(),
				entry.version(), entry.due().kind().name(), entry.due().category().name(), entry.dueDate(),
				entry.due().nextBusinessDay(), entry.due().provisional(), entry.daysLeft(), entry.urgency().name(),
				entry.path());
	}

}
