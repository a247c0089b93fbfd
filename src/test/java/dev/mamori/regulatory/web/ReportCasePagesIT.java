package dev.mamori.regulatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case pages: the new-case form filled from the incident page's link, the decision in
 * the user's language, reports filed from the page, the printable draft with the device's
 * registered names, the deadline board and its dashboard panel.
 */
@MamoriServerTest
class ReportCasePagesIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Test
	void createsACaseFromTheIncidentLinkAndFilesAFirstReportFromThePage() {
		Api api = new Api(this.port);
		String model = "PG-" + UUID.randomUUID().toString().substring(0, 8);
		String productId = api
			.post("/api/v1/products",
					Json.object("name", "ポンプ " + model, "modelNumber", model, "genericName", "輸液ポンプ", "deviceClass",
							"III", "approvalNumber", "30100BZX99999000", "intendedEnvironment", "HOSPITAL",
							"interfaces", List.of("WIRED_NETWORK")),
					ADMIN)
			.json()
			.get("id")
			.asText();
		String versionId = api.post("/api/v1/products/" + productId + "/versions", Json.object("version", "4.2"), ADMIN)
			.json()
			.get("id")
			.asText();
		WebSession web = new WebSession(this.port);
		web.login("admin", TestUsers.ADMIN_PASSWORD);
		// the language is the user's, and other tests may have left it English
		web.post("/language", Map.of("lang", "ja", "returnTo", "/"));
		String form = web
			.get("/reports/cases/new?product=" + productId + "&version=" + versionId
					+ "&event=HEALTH_DAMAGE&outcome=HOSPITALIZATION&informationObtained=2026-04-03&summary=setting")
			.body();
		assertThat(form).contains("value=\"2026-04-03\"", "value=\"HOSPITALIZATION\" selected");
		WebSession.Page created = web.post("/reports/cases",
				Map.of("version", versionId, "title", "基礎レートの変更", "origin", "DOMESTIC", "event", "HEALTH_DAMAGE",
						"outcome", "HOSPITALIZATION", "causalitySuspected", "true", "predictable", "false",
						"informationObtained", "2026-04-03", "patientInitials", "K.S."));
		assertThat(created.location()).as(created.body()).contains("/reports/cases/");
		String path = created.location().substring(created.location().indexOf("/reports/cases/"));
		String detail = web.get(path).body();
		assertThat(detail).contains("15日報告", "様式8", "2026-04-18", "翌業務日 2026-04-20");
		web.post(path + "/reports", Map.of("kind", "FIRST", "incomplete", "true", "reportDate", "2026-04-10",
				"nextReportDate", "2026-05-08"));
		String reported = web.get(path).body();
		assertThat(reported).contains("未完了", "追加報告", "2026-05-08");
		String draft = web.get(path + "/draft").body();
		assertThat(draft).contains("30100BZX99999000", "輸液ポンプ", "K.S.", "4.2", "情報入手日");
		assertThat(web.get("/reports/deadlines").body()).contains(path);
		assertThat(web.get("/reports/deadlines/panel").body()).contains(path);
		assertThat(web.get("/reports/cases").body()).contains(path);
		for (String language : List.of("ja", "en")) {
			web.post("/language", Map.of("lang", language, "returnTo", "/"));
			for (String page : List.of("/reports/cases", "/reports/cases?active=true", "/reports/cases/new", path,
					path + "/edit", path + "/draft", "/reports/deadlines", "/reports/deadlines/panel")) {
				WebSession.Page response = web.get(page);
				assertThat(response.status()).as(language + " " + page).isEqualTo(200);
				assertThat(response.body()).as(language + " " + page + " has a missing message").doesNotContain("??");
			}
		}
		assertThat(web.get(path).body()).contains("Form 8", "15-day report");
		web.post("/language", Map.of("lang", "ja", "returnTo", "/"));
	}

}
