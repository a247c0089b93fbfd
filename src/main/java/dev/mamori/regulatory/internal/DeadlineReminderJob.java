package dev.mamori.regulatory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline check every day (cron {@code mamori.reports.reminder-cron},
 * Asia/Tokyo) and once at start, so that a server that was down at the scheduled time
 * catches up.
 */
@Component
class DeadlineReminderJob {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminderJob.class);

	private final DeadlineBoard board;

	DeadlineReminderJob(DeadlineBoard board) {
		this.board = board;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		run();
	}

	@Scheduled(cron = "${mamori.reports.reminder-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
	void daily() {
		run();
	}

	private void run() {
		try {
			int sent = this.board.remind();
			if (sent > 0) {
				log.info("Sent {} malfunction-report deadline reminder(s)", sent);
			}
		}
		catch (RuntimeException ex) {
			// a failed check must not stop the application; the next run retries
			log.warn("Deadline reminder check failed", ex);
		}
	}

}
