package dev.mamori.regulatory.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.mamori.common.MamoriTime;
import dev.mamori.regulatory.ReportDeadlineReminder;
import dev.mamori.regulatory.rules.Urgency;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports owed by every active case, soonest first, and the daily reminders (R2). A
 * reminder is claimed in the database before it is published, so that it goes out once
 * per case, due date and days left however many nodes run the check.
 */
@Service
public class DeadlineBoard {

	private final ReportCaseService cases;

	private final ReportCaseStore store;

	private final CaseRecords records;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	DeadlineBoard(ReportCaseService cases, ReportCaseStore store, CaseRecords records, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.cases = cases;
		this.store = store;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DeadlineEntry> deadlines() {
		return deadlines(MamoriTime.today(this.clock));
	}

	List<DeadlineEntry> deadlines(LocalDate today) {
		return this.store.list(true, 1000)
			.stream()
			.map((c) -> this.cases.view(c, today))
			.filter((view) -> view.due() != null)
			.map((view) -> new DeadlineEntry(view.reportCase().id(), view.reportCase().number(),
					view.reportCase().title(), view.device().productName(), view.device().version(), view.due(),
					view.daysLeft(), view.urgency()))
			.sorted(Comparator.comparing(DeadlineEntry::dueDate).thenComparing(DeadlineEntry::number))
			.toList();
	}

	/** Publishes the reminders due today that no node has sent yet; returns how many. */
	@Transactional
	public int remind() {
		return remind(MamoriTime.today(this.clock));
	}

	/** The check as it runs on {@code today}: tests simulate other days through it. */
	@Transactional
	int remind(LocalDate today) {
		int sent = 0;
		for (DeadlineEntry entry : deadlines(today)) {
			if (Urgency.remindsAt(entry.daysLeft()) && this.records.claimReminder(entry.caseId(), entry.dueDate(),
					entry.daysLeft(), this.clock.instant())) {
				this.events.publishEvent(new ReportDeadlineReminder(entry.caseId().value(), entry.number(),
						entry.title(), entry.due().kind().name(), entry.due().category().name(), entry.dueDate(),
						(int) entry.daysLeft(), entry.path()));
				sent++;
			}
		}
		return sent;
	}

}
