package dev.mamori.regulatory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A malfunction-report deadline is near or has come (R2): published by the daily deadline
 * check at 7, 3 and 1 days before the due date, on the day, and while overdue. The safety
 * officers are told in the application and, when configured, by e-mail; the notification
 * module decides how. Published once per case, due date and {@code daysLeft}, whichever
 * node runs the check.
 *
 * @param caseId the malfunction-report case
 * @param caseNumber the case's management number, as users see it
 * @param title a short title of the case
 * @param report the report that is due: {@code FIRST}, {@code FOLLOW_UP} or {@code FINAL}
 * @param category the case's category: {@code FIFTEEN_DAYS}, {@code THIRTY_DAYS},
 * {@code PERIODIC}
 * @param dueDate the legal due date (Asia/Tokyo)
 * @param daysLeft days from today to the due date: 7, 3, 1, 0, or negative when overdue
 * @param path the case's page in the application, for links in messages
 */
public record ReportDeadlineReminder(UUID caseId, String caseNumber, String title, String report, String category,
		LocalDate dueDate, int daysLeft, String path) {

	public ReportDeadlineReminder {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(caseNumber, "caseNumber");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(report, "report");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(dueDate, "dueDate");
		Objects.requireNonNull(path, "path");
	}

}
