package dev.mamori.regulatory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.ReportDeadlineReminder;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.Origin;
import dev.mamori.regulatory.rules.PotentialOutcome;
import dev.mamori.regulatory.rules.ReportEvent;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The deadline board and the daily reminder check across simulated days (R2): days left
 * in Asia/Tokyo, reminders at 7, 3, 1 and 0 days and while overdue, each published once.
 */
@MamoriServerTest
@RecordApplicationEvents
class DeadlineRemindersIT {

	@LocalServerPort
	int port;

	@Autowired
	ReportCaseService cases;

	@Autowired
	DeadlineBoard board;

	@Autowired
	ApplicationEvents events;

	@Test
	void remindsAtSevenThreeOneAndZeroDaysAndWhileOverdueOncePerDay() {
		ReportCaseId id = openCase(LocalDate.of(2026, 6, 1));
		// day 0 is 2026-06-01, the 15-day deadline (until classified) 2026-06-16
		LocalDate due = LocalDate.of(2026, 6, 16);
		assertThat(entry(id, due.minusDays(10)).daysLeft()).isEqualTo(10);
		assertThat(entry(id, due.minusDays(10)).urgency().name()).isEqualTo("LATER");
		assertThat(entry(id, due.minusDays(2)).urgency().name()).isEqualTo("CRITICAL");
		assertThat(entry(id, due.plusDays(1)).daysLeft()).isEqualTo(-1);
		assertThat(entry(id, due.plusDays(1)).urgency().name()).isEqualTo("OVERDUE");

		for (LocalDate day = due.minusDays(10); !day.isAfter(due.plusDays(2)); day = day.plusDays(1)) {
			this.board.remind(day);
			this.board.remind(day);
		}
		List<Integer> daysLeft = this.events.stream(ReportDeadlineReminder.class)
			.filter((reminder) -> reminder.caseId().equals(id.value()))
			.map(ReportDeadlineReminder::daysLeft)
			.toList();
		assertThat(daysLeft).containsExactly(7, 3, 1, 0, -1, -2);
		ReportDeadlineReminder first = this.events.stream(ReportDeadlineReminder.class)
			.filter((reminder) -> reminder.caseId().equals(id.value()))
			.findFirst()
			.orElseThrow();
		assertThat(first.report()).isEqualTo("FIRST");
		assertThat(first.category()).isEqualTo("FIFTEEN_DAYS");
		assertThat(first.dueDate()).isEqualTo(due);
		assertThat(first.path()).isEqualTo("/reports/cases/" + id);
	}

	DeadlineEntry entry(ReportCaseId id, LocalDate today) {
		return this.board.deadlines(today)
			.stream()
			.filter((entry) -> entry.caseId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	ReportCaseId openCase(LocalDate obtained) {
		Api api = new Api(this.port);
		String admin = Api.basic("admin", TestUsers.ADMIN_PASSWORD);
		String model = "DL-" + UUID.randomUUID().toString().substring(0, 8);
		String product = api
			.post("/api/v1/products",
					Json.object("name", "モニタ " + model, "modelNumber", model, "genericName", "生体情報モニタ", "deviceClass",
							"II", "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRED_NETWORK")),
					admin)
			.json()
			.get("id")
			.asText();
		String version = api.post("/api/v1/products/" + product + "/versions", Json.object("version", "1.0"), admin)
			.json()
			.get("id")
			.asText();
		CaseFacts facts = new CaseFacts(Origin.DOMESTIC, ReportEvent.MALFUNCTION, null, PotentialOutcome.SERIOUS, null,
				null, null, false, null, null, null, obtained);
		return this.cases.create(new CaseInput(UUID.fromString(product), UUID.fromString(version), null, null, "期限テスト",
				null, facts, null, null, null));
	}

}
