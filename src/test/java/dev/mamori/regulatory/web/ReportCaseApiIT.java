package dev.mamori.regulatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.AuditQueries;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malfunction-report cases through the API (R1–R7): the decision stored with its rule
 * set, 15 days until classified, missing and contradictory facts, who may decide and
 * submit, reports first to final, safety measures, re-evaluation, EOS no ground for
 * closing.
 */
@MamoriServerTest
class ReportCaseApiIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	Api api;

	String psirt;

	String safety;

	String productId;

	String versionId;

	@BeforeEach
	void pump() {
		this.api = new Api(this.port);
		this.psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		this.safety = Api.basic(TestUsers.ensure(this.users, Role.SAFETY_OFFICER), TestUsers.PASSWORD);
		String model = "RC-" + UUID.randomUUID().toString().substring(0, 8);
		this.productId = this.api.post("/api/v1/products",
				Json.object("name", "輸液ポンプ " + model, "modelNumber", model, "genericName", "輸液ポンプ", "deviceClass",
						"III", "approvalNumber", "30200BZX00000000", "intendedEnvironment", "HOSPITAL", "interfaces",
						List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		this.versionId = this.api
			.post("/api/v1/products/" + this.productId + "/versions", Json.object("version", "1.0", "releaseDate",
					"2015-04-01", "eolDate", "2018-03-31", "eosDate", "2020-03-31"), ADMIN)
			.json()
			.get("id")
			.asText();
	}

	Api.Response create(Map<String, Object> facts, String who) {
		return this.api.post("/api/v1/report-cases", Json.object("productId", this.productId, "versionId",
				this.versionId, "title", "設定値の不正な変更", "facts", facts, "draft", Map.of("patientInitials", "T.Y.")), who);
	}

	static Map<String, Object> seriousMalfunction() {
		return Json.map("origin", "DOMESTIC", "event", "MALFUNCTION", "potentialOutcome", "SERIOUS", "designatedDevice",
				false, "informationObtained", "2026-04-01");
	}

	@Test
	void aThirtyDayCaseCountsAsFifteenDaysUntilTheSafetyOfficerConfirmsIt() {
		Api.Response created = create(seriousMalfunction(), this.psirt);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("number").asText()).matches("MR-\\d{4}-\\d{4}");
		String path = "/api/v1/report-cases/" + created.json().get("id").asText();
		JsonNode open = this.api.get(path, this.psirt).json();
		assertThat(open.get("state").asText()).isEqualTo("OPEN");
		assertThat(open.get("decision").get("category").asText()).isEqualTo("THIRTY_DAYS");
		assertThat(open.get("decision").get("rule").asText()).isEqualTo("11");
		assertThat(open.get("decision").get("ruleSet").asText()).isEqualTo("pmda-228-20-2/2026");
		assertThat(open.get("due").get("category").asText()).isEqualTo("FIFTEEN_DAYS");
		assertThat(open.get("due").get("dueDate").asText()).isEqualTo("2026-04-16");
		assertThat(open.get("due").get("provisional").asBoolean()).isTrue();

		assertThat(this.api.post(path + "/decision", "{}", this.psirt).status()).isEqualTo(403);
		JsonNode classified = this.api.post(path + "/decision", Json.object("note", "確認済み"), this.safety).json();
		assertThat(classified.get("state").asText()).isEqualTo("CLASSIFIED");
		assertThat(classified.get("decidedBy").asText()).isEqualTo("safety-officer");
		assertThat(classified.get("due").get("dueDate").asText()).isEqualTo("2026-05-01");
		assertThat(classified.get("due").get("provisional").asBoolean()).isFalse();
		assertThat(classified.get("pastSupportOrLegacy").asBoolean()).isTrue();
		assertThat(actions(classified.get("id").asText())).contains("report.case.created",
				"report.case.decisionConfirmed");
	}

	@Test
	void missingFactsStillSaveTheCaseAsFifteenDaysButCannotBeConfirmed() {
		Api.Response created = create(
				Json.map("origin", "DOMESTIC", "event", "HEALTH_DAMAGE", "informationObtained", "2026-04-03"),
				this.psirt);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String path = "/api/v1/report-cases/" + created.json().get("id").asText();
		JsonNode open = this.api.get(path, this.psirt).json();
		assertThat(open.get("decision").isNull()).isTrue();
		assertThat(open.get("missingFacts").toString()).contains("outcome");
		// 2026-04-18 is a Saturday: the next business day is shown, the alert stays on
		// the 18th
		assertThat(open.get("due").get("dueDate").asText()).isEqualTo("2026-04-18");
		assertThat(open.get("due").get("nextBusinessDay").asText()).isEqualTo("2026-04-20");
		Api.Response refused = this.api.post(path + "/decision", "{}", this.safety);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("outcome");
	}

	@Test
	void contradictoryFactsAreRefusedWithProblemDetails() {
		Api.Response refused = create(
				Json.map("origin", "DOMESTIC", "event", "FOREIGN_MEASURE", "informationObtained", "2026-04-01"),
				this.psirt);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).contains("problem+json");
		assertThat(refused.body()).contains("\"field\":\"origin\"");
		Api.Response badEnum = create(Json.map("origin", "MARS", "event", "MALFUNCTION"), this.psirt);
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.body()).contains("origin");
		Api.Response noDate = create(Json.map("origin", "DOMESTIC", "event", "RESEARCH_REPORT"), this.psirt);
		assertThat(noDate.status()).isEqualTo(400);
		assertThat(noDate.body()).contains("informationObtained");
	}

	@Test
	void filesAnIncompleteFirstReportFollowUpsAndTheFinalReportWhichAloneClosesTheCase() {
		String id = create(seriousMalfunction(), this.psirt).json().get("id").asText();
		String path = "/api/v1/report-cases/" + id;
		assertThat(this.api.post(path + "/reports", Json.object("kind", "FIRST"), this.psirt).status()).isEqualTo(403);
		Api.Response noNext = this.api.post(path + "/reports", Json.object("kind", "FIRST", "incomplete", true),
				this.safety);
		assertThat(noNext.status()).isEqualTo(400);
		assertThat(noNext.body()).contains("nextReportDate");
		assertThat(this.api
			.post(path + "/reports", Json.object("kind", "FOLLOW_UP", "nextReportDate", "2099-01-01"), this.safety)
			.status()).isEqualTo(409);
		JsonNode first = this.api
			.post(path + "/reports", Json.object("kind", "FIRST", "incomplete", true, "reportDate", "2026-04-10",
					"nextReportDate", "2026-05-08"), this.safety)
			.json();
		assertThat(first.get("state").asText()).isEqualTo("REPORTING");
		assertThat(first.get("reports").get(0).get("incomplete").asBoolean()).isTrue();
		assertThat(first.get("reports").get(0).get("content").get("patientInitials").asText()).isEqualTo("T.Y.");
		assertThat(first.get("reports").get(0).get("sentBy").asText()).isEqualTo("safety-officer");
		assertThat(first.get("due").get("report").asText()).isEqualTo("FOLLOW_UP");
		assertThat(first.get("due").get("dueDate").asText()).isEqualTo("2026-05-08");
		JsonNode followUp = this.api
			.post(path + "/reports",
					Json.object("kind", "FOLLOW_UP", "reportDate", "2026-05-08", "nextReportDate", "2026-06-05"),
					this.safety)
			.json();
		assertThat(followUp.get("due").get("dueDate").asText()).isEqualTo("2026-06-05");
		JsonNode closed = this.api.post(path + "/reports", Json.object("kind", "FINAL"), this.safety).json();
		assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("due").isNull()).isTrue();
		assertThat(this.api.put(path, Json.object("title", "x", "facts", seriousMalfunction()), this.psirt).status())
			.isEqualTo(409);
		assertThat(actions(id)).contains("report.report.sent");
	}

	@Test
	void aNotReportableCaseIsMonitoredAndFlaggedForReviewWhenItsFactsChange() {
		Map<String, Object> facts = seriousMalfunction();
		facts.put("cyber", Map.of("vulnerableSoftwarePresent", true, "vulnerableSoftwareUsed", false));
		String id = create(facts, this.psirt).json().get("id").asText();
		String path = "/api/v1/report-cases/" + id;
		JsonNode monitored = this.api.post(path + "/decision", "{}", this.safety).json();
		assertThat(monitored.get("decision").get("category").asText()).isEqualTo("NOT_REPORTABLE");
		assertThat(monitored.get("state").asText()).isEqualTo("MONITORING");
		assertThat(monitored.get("due").isNull()).isTrue();
		assertThat(this.api.post(path + "/reports", Json.object("kind", "FIRST"), this.safety).status()).isEqualTo(409);
		JsonNode changed = this.api
			.put(path, Json.object("title", "使用されていた", "facts", seriousMalfunction()), this.psirt)
			.json();
		assertThat(changed.get("review").asBoolean()).isTrue();
		assertThat(changed.get("decision").get("category").asText()).isEqualTo("THIRTY_DAYS");
		assertThat(this.api.post(path + "/decision", "{}", this.safety).json().get("state").asText())
			.isEqualTo("CLASSIFIED");
	}

	@Test
	void aNotReportableCaseIsFlaggedForReviewWhenANewIncidentNamesItsVulnerability() {
		String cve = "CVE-2099-" + (10000 + (int) (Math.random() * 80000));
		Map<String, Object> facts = seriousMalfunction();
		facts.put("cyber", Map.of("vulnerableSoftwarePresent", true, "vulnerableSoftwareUsed", false));
		Api.Response created = this.api.post("/api/v1/report-cases", Json.object("productId", this.productId,
				"versionId", this.versionId, "vulnerability", cve, "title", "使用されていない機能の脆弱性", "facts", facts),
				this.psirt);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String path = "/api/v1/report-cases/" + created.json().get("id").asText();
		assertThat(this.api.post(path + "/decision", "{}", this.safety).json().get("state").asText())
			.isEqualTo("MONITORING");
		Api.Response incident = this.api.post("/api/v1/incidents",
				Json.object("productId", this.productId, "versionId", this.versionId, "title", "同じ脆弱性の悪用の疑い", "origin",
						"HOSPITAL_CALL", "reporterOrganization", "B 病院", "informationObtained", "2026-05-01",
						"vulnerabilities", List.of(cve)),
				ADMIN);
		assertThat(incident.status()).as(incident.body()).isEqualTo(201);
		JsonNode flagged = this.api.get(path, this.psirt).json();
		assertThat(flagged.get("review").asBoolean()).isTrue();
		assertThat(flagged.get("reviewReason").asText()).isEqualTo("incident");
	}

	@Test
	void theDraftIsAnA4PdfInJapaneseWithTheDevicesNames() throws Exception {
		JsonNode created = create(seriousMalfunction(), this.psirt).json();
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/report-cases/"
						+ created.get("id").asText() + "/draft.pdf"))
				.header("Authorization", this.psirt)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, within(2f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(created.get("number").asText(), "販売名", "輸液ポンプ", "30200BZX00000000", "T.Y.");
		}
	}

	@Test
	void recordsSafetyMeasures() {
		String id = create(seriousMalfunction(), this.psirt).json().get("id").asText();
		String path = "/api/v1/report-cases/" + id + "/safety-measures";
		Api.Response backwards = this.api.post(path,
				Json.object("kind", "RECALL_REPAIR", "startedOn", "2026-04-10", "completedOn", "2026-04-01"),
				this.psirt);
		assertThat(backwards.status()).isEqualTo(400);
		JsonNode measured = this.api
			.post(path, Json.object("kind", "INFORMATION_TO_HOSPITALS", "startedOn", "2026-04-05", "letter", "BLUE",
					"note", "納入医療機関へ文書で通知"), this.psirt)
			.json();
		assertThat(measured.get("safetyMeasures").get(0).get("kind").asText()).isEqualTo("INFORMATION_TO_HOSPITALS");
		assertThat(measured.get("safetyMeasures").get(0).get("letter").asText()).isEqualTo("BLUE");
		assertThat(actions(id)).contains("report.measure.recorded");
	}

	List<String> actions(String id) {
		return this.audit.find(new AuditQueries.AuditFilter("report_case", id, null, null), 0, 50)
			.stream()
			.map(AuditEntry::action)
			.toList();
	}

}
