package dev.mamori.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditQueries;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Incidents through the API and the pages (I1–I4): the checklist, patient impact, malware
 * evidence before removal, notifications owed, states, the hand-over to a report case,
 * permissions and refusals, each change audited.
 */
@MamoriServerTest
class IncidentApiIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	Api api;

	String productId;

	String versionId;

	@BeforeEach
	void insulinPump() {
		this.api = new Api(this.port);
		String model = "IP-" + UUID.randomUUID().toString().substring(0, 8);
		this.productId = this.api.post("/api/v1/products",
				Json.object("name", "インスリンポンプ " + model, "modelNumber", model, "genericName", "インスリンポンプ", "deviceClass",
						"III", "intendedEnvironment", "HOME", "interfaces", List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		this.versionId = this.api
			.post("/api/v1/products/" + this.productId + "/versions", Json.object("version", "2.1"), ADMIN)
			.json()
			.get("id")
			.asText();
	}

	String open(String... more) {
		Map<String, Object> body = Json.map("productId", this.productId, "versionId", this.versionId, "title",
				"設定値の不正な変更", "origin", "HOSPITAL_CALL", "reporterOrganization", "A 病院", "informationObtained",
				"2026-04-01", "installations", List.of("A 病院 SN-001"));
		for (int i = 0; i < more.length; i += 2) {
			body.put(more[i], more[i + 1]);
		}
		Api.Response created = this.api.post("/api/v1/incidents",
				Json.object(body.entrySet()
					.stream()
					.flatMap((entry) -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
					.toArray()),
				ADMIN);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	@Test
	void investigatesAnIncidentAndHandsItsFactsToAReportCase() {
		String id = open();
		String path = "/api/v1/incidents/" + id;
		Api.Response checklist = this.api.put(path + "/checklist",
				Json.object("answers", Map.of("A_SETTINGS_CHANGED", "YES", "C_CONFIDENTIAL_DATA", "NO"), "notes",
						Map.of("A_SETTINGS_CHANGED", "基礎レートが変更された"), "cyberattackSuspected", "YES",
						"deviceVulnerability", "YES"),
				ADMIN);
		assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
		JsonNode incident = this.api
			.put(path + "/impact", Json.object("harm", "YES", "outcome", "HOSPITALIZATION"), ADMIN)
			.json();
		assertThat(incident.get("checklist").get("A_SETTINGS_CHANGED").asText()).isEqualTo("YES");
		assertThat(incident.get("checklist").get("B_DIAGNOSIS_OR_TREATMENT_CHANGED").asText()).isEqualTo("UNKNOWN");
		assertThat(incident.get("reportCaseLink").asText()).startsWith("/reports/cases/new?incident=" + id)
			.contains("&product=" + this.productId, "&version=" + this.versionId, "&event=HEALTH_DAMAGE",
					"&outcome=HOSPITALIZATION", "&informationObtained=2026-04-01");
		assertThat(incident.get("notificationsOwed").findValuesAsText("key")).containsExactly("mhlw-hospital-report",
				"jpcert-cve", "ipa-report", "isao-sharing");
		assertThat(this.audit.find(new AuditQueries.AuditFilter("incident", id, null, null), 0, 10))
			.extracting(dev.mamori.audit.AuditEntry::action)
			.contains("incident.opened", "incident.checklistRecorded", "incident.impactRecorded");
	}

	@Test
	void recordsNotificationsOwedAndTheirState() {
		String id = open();
		String path = "/api/v1/incidents/" + id;
		this.api.put(path + "/checklist", Json.object("deviceVulnerability", "YES"), ADMIN);
		Api.Response missingDate = this.api.put(path + "/duties/jpcert-cve", Json.object("state", "DONE"), ADMIN);
		assertThat(missingDate.status()).isEqualTo(400);
		assertThat(missingDate.body()).contains("doneOn");
		JsonNode done = this.api
			.put(path + "/duties/jpcert-cve",
					Json.object("state", "DONE", "doneOn", "2026-04-02", "reference", "JVNVU#0000"), ADMIN)
			.json();
		JsonNode jpcert = done.get("notificationsOwed").get(0);
		assertThat(jpcert.get("key").asText()).isEqualTo("jpcert-cve");
		assertThat(jpcert.get("state").asText()).isEqualTo("DONE");
		assertThat(jpcert.get("reference").asText()).isEqualTo("JVNVU#0000");
		assertThat(this.api.put(path + "/duties/nobody", Json.object("state", "OWED"), ADMIN).status()).isEqualTo(400);
	}

	@Test
	void refusesRemovingMalwareBeforeItsEvidenceWithoutAReason() {
		String id = open();
		String path = "/api/v1/incidents/" + id;
		Api.Response early = this.api.post(path + "/malware/removal", Json.object(), ADMIN);
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.body()).contains("incident.malware.evidenceFirst");
		this.api.post(path + "/malware/evidence",
				Json.object("infectionRoute", "保守用 USB メモリ", "sampleHash", "sha256:0f"), ADMIN);
		JsonNode removed = this.api.post(path + "/malware/removal", Json.object(), ADMIN).json();
		assertThat(removed.get("malware").get("removedAt").isNull()).isFalse();
		assertThat(removed.get("malware").get("infectionRoute").asText()).isEqualTo("保守用 USB メモリ");
		assertThat(removed.get("notificationsOwed").findValuesAsText("key")).containsExactly("ipa-report");
	}

	@Test
	void refusesIllegalStateChangesAndContradictoryImpact() {
		String id = open();
		String path = "/api/v1/incidents/" + id;
		assertThat(this.api.post(path + "/state", Json.object("state", "CLOSED"), ADMIN).status()).isEqualTo(400);
		assertThat(this.api.post(path + "/state", Json.object("state", "INVESTIGATING", "reason", "調査開始"), ADMIN)
			.json()
			.get("state")
			.asText()).isEqualTo("INVESTIGATING");
		Api.Response contradictory = this.api.put(path + "/impact", Json.object("harm", "NO", "outcome", "DEATH"),
				ADMIN);
		assertThat(contradictory.status()).isEqualTo(400);
		assertThat(this.api.get(path, ADMIN).json().get("patientImpact").get("harm").asText()).isEqualTo("UNKNOWN");
	}

	@Test
	void refusesIncompleteOpeningsWithEveryReason() {
		Api.Response refused = this.api.post(
				"/api/v1/incidents", Json.object("productId", this.productId, "versionId", this.versionId, "origin",
						"FINDING", "informationObtained", "2999-01-01", "vulnerabilities", List.of("not an id!")),
				ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("title", "informationObtained", "vulnerabilities");
		assertThat(this.api
			.post("/api/v1/incidents", Json.object("productId", this.productId, "versionId",
					UUID.randomUUID().toString(), "title", "x", "origin", "MANUAL"), ADMIN)
			.status()).isEqualTo(404);
	}

	@Test
	void viewersCannotSeeIncidentsAndEngineersCannotChangeThem() {
		String id = open();
		String viewer = Api.basic(TestUsers.ensure(this.users, Role.VIEWER), TestUsers.PASSWORD);
		String engineer = Api.basic(TestUsers.ensure(this.users, Role.ENGINEER), TestUsers.PASSWORD);
		assertThat(this.api.get("/api/v1/incidents/" + id, viewer).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/incidents/" + id, engineer).status()).isEqualTo(200);
		assertThat(this.api.post("/api/v1/incidents/" + id + "/actions", Json.object("text", "x"), engineer).status())
			.isEqualTo(403);
		String psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		assertThat(this.api.post("/api/v1/incidents/" + id + "/actions", Json.object("text", "ログを取得"), psirt)
			.json()
			.get("timeline")
			.findValuesAsText("text")).contains("ログを取得");
	}

	@Test
	void theIncidentPageOffersTheReportCaseAndTheVersionPageListsIt() {
		String id = open();
		this.api.put("/api/v1/incidents/" + id + "/checklist",
				Json.object("answers", Map.of("D_DEVICE_STOPPED_OR_MALFUNCTIONED", "YES")), ADMIN);
		WebSession web = new WebSession(this.port);
		web.login("admin", TestUsers.ADMIN_PASSWORD);
		String page = web.get("/incidents/" + id).body();
		assertThat(page).contains("id=\"report-case-link\"", "/reports/cases/new?incident=" + id, "event=MALFUNCTION");
		assertThat(web.get("/products/" + this.productId + "/versions/" + this.versionId + "/incidents-section").body())
			.contains("/incidents/" + id);
		assertThat(web.get("/incidents/panels/open").body()).contains("/incidents/" + id);
	}

}
