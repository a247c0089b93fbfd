package dev.mamori.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditQueries;
import dev.mamori.common.MamoriTime;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Compensating controls (P6), legacy assessments (P5) and milestone obligations (P4)
 * through the API, each audited.
 */
@MamoriServerTest
class LifecycleApiIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	@Autowired
	java.time.Clock clock;

	Api api;

	LocalDate today;

	String productId;

	@BeforeEach
	void productWithoutVersions() {
		this.api = new Api(this.port);
		this.today = MamoriTime.today(this.clock);
		String model = "L-" + UUID.randomUUID().toString().substring(0, 8);
		this.productId = this.api.post("/api/v1/products",
				Json.object("name", "画像診断ワークステーション " + model, "modelNumber", model, "genericName", "汎用画像診断装置ワークステーション",
						"deviceClass", "II", "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
	}

	String version(LocalDate release, LocalDate eol, LocalDate eos) {
		Api.Response created = this.api.post(versions(), Json.object("version", "1." + UUID.randomUUID().hashCode(),
				"releaseDate", str(release), "eolDate", str(eol), "eosDate", str(eos)), ADMIN);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	String versions() {
		return "/api/v1/products/" + this.productId + "/versions";
	}

	static String str(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	JsonNode obligation(String versionId, String code) {
		for (JsonNode obligation : this.api.get(versions() + "/" + versionId + "/obligations", ADMIN).json()) {
			if (obligation.get("code").asText().equals(code)) {
				return obligation;
			}
		}
		throw new AssertionError("no obligation " + code);
	}

	@Test
	void aVersionPastEosProtectedOnlyByItsControlsIsNotLegacy() {
		String versionId = version(this.today.minusYears(10), this.today.minusYears(4), this.today.minusYears(1));
		assertThat(this.api.get(versions() + "/" + versionId, ADMIN)
			.json()
			.get("legacy")
			.get("needsAttention")
			.asBoolean()).as("past EOS without assessment").isTrue();

		Api.Response noControls = this.api.post(versions() + "/" + versionId + "/legacy-assessments",
				Json.object("assessedOn", this.today.toString(), "protectedByUpdates", false, "protectedByControls",
						true, "rationale", "FW"),
				ADMIN);
		assertThat(noControls.status()).isEqualTo(400);
		assertThat(noControls.json().get("errors").get(0).get("code").asText())
			.isEqualTo("legacy.controls.noneSpecified");

		Api.Response specified = this.api.put(versions() + "/" + versionId + "/compensating-controls",
				Json.object("controls",
						List.of(Map.of("controlId", "FIREWALL", "specification", "DICOM のみ許可"),
								Map.of("controlId", "NETWORK_SEGMENTATION", "specification", "VLAN 10")),
						"reason", "EOS 後の使用環境"),
				ADMIN);
		assertThat(specified.status()).isEqualTo(200);
		assertThat(specified.json().get("compensatingControls").findValuesAsText("name")).contains("ファイアウォール");

		Api.Response assessed = this.api.post(
				versions() + "/" + versionId + "/legacy-assessments", Json.object("assessedOn", this.today.toString(),
						"protectedByUpdates", false, "protectedByControls", true, "rationale", "ファイアウォールの背後でのみ使用"),
				ADMIN);
		assertThat(assessed.status()).isEqualTo(201);
		JsonNode legacy = assessed.json().get("legacy");
		assertThat(legacy.get("status").asText()).isEqualTo("NOT_LEGACY");
		assertThat(legacy.get("needsAttention").asBoolean()).isFalse();
		assertThat(legacy.get("reasons").get(0).asText()).contains("ファイアウォール").contains("ネットワークの分離");
		assertThat(this.audit.find(new AuditQueries.AuditFilter("productVersion", versionId, null, "version.legacy"), 0,
				5))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.details()).contains("NOT_LEGACY"));
	}

	@Test
	void refusesAnUnknownControl() {
		String versionId = version(null, null, null);
		Api.Response refused = this.api.put(versions() + "/" + versionId + "/compensating-controls",
				Json.object("controls", List.of(Map.of("controlId", "MAGIC", "specification", ""))), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("MAGIC");
	}

	@Test
	void onlyAssessorsMayAssess() {
		String engineer = TestUsers.ensure(this.users, Role.ENGINEER);
		String versionId = version(null, null, null);
		assertThat(
				this.api
					.post(versions() + "/" + versionId + "/legacy-assessments",
							Json.object("assessedOn", this.today.toString(), "protectedByUpdates", true, "rationale",
									"x"),
							Api.basic(engineer, TestUsers.PASSWORD))
					.status())
			.isEqualTo(403);
	}

	@Test
	void tracksTheEolNoticeFromDueToDone() {
		String versionId = version(this.today.minusYears(2), this.today.plusDays(30), this.today.plusYears(2));
		assertThat(obligation(versionId, "EOL_NOTICE").get("status").asText()).isEqualTo("DUE");
		assertThat(obligation(versionId, "EOS_NOTICE").get("status").asText()).isEqualTo("UPCOMING");
		assertThat(obligation(versionId, "SECURITY_POLICY").get("status").asText()).isEqualTo("OVERDUE");

		Api.Response done = this.api.post(versions() + "/" + versionId + "/obligations/EOL_NOTICE/completion",
				Json.object("doneOn", this.today.toString(), "channel", "LETTER", "note", "全納入先に送付"), ADMIN);
		assertThat(done.status()).isEqualTo(201);
		JsonNode eolNotice = obligation(versionId, "EOL_NOTICE");
		assertThat(eolNotice.get("status").asText()).isEqualTo("DONE");
		assertThat(eolNotice.get("completion").get("recordedBy").asText()).isEqualTo("admin");
		assertThat(this.api
			.post(versions() + "/" + versionId + "/obligations/EOL_NOTICE/completion",
					Json.object("doneOn", this.today.toString(), "channel", "LETTER"), ADMIN)
			.status()).isEqualTo(409);

		assertThat(this.api.delete(versions() + "/" + versionId + "/obligations/EOL_NOTICE/completion", ADMIN).status())
			.as("a withdrawal needs a reason")
			.isEqualTo(400);
		assertThat(this.api
			.delete(versions() + "/" + versionId + "/obligations/EOL_NOTICE/completion?reason=wrong%20version", ADMIN)
			.status()).isEqualTo(204);
		assertThat(obligation(versionId, "EOL_NOTICE").get("status").asText()).isEqualTo("DUE");
	}

	@Test
	void refusesACompletionInTheFuture() {
		String versionId = version(this.today.minusYears(2), this.today.plusDays(30), null);
		Api.Response refused = this.api.post(versions() + "/" + versionId + "/obligations/EOL_NOTICE/completion",
				Json.object("doneOn", this.today.plusDays(1).toString(), "channel", "EMAIL"), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("doneOn");
	}

	@Test
	void listsDueAndOverdueObligationsAcrossThePortfolio() {
		String versionId = version(this.today.minusYears(2), this.today.plusDays(10), null);
		JsonNode portfolio = this.api.get("/api/v1/obligations", ADMIN).json();
		assertThat(portfolio.findValuesAsText("versionId")).contains(versionId);
		for (JsonNode item : portfolio) {
			assertThat(item.get("obligation").get("status").asText()).isIn("DUE", "OVERDUE");
		}
		assertThat(this.api.get("/api/v1/obligations?status=UPCOMING", ADMIN).json().findValuesAsText("status"))
			.containsOnly("UPCOMING");
	}

	@Test
	void movingEolAfterReleaseNeedsAReasonAndOwesOneNotice() {
		String versionId = version(this.today.minusYears(1), this.today.plusYears(3), this.today.plusYears(5));
		String moved = Json.object("version", "9.9", "releaseDate", this.today.minusYears(1).toString(), "eolDate",
				this.today.plusMonths(6).toString(), "eosDate", this.today.plusYears(4).toString());
		Api.Response refused = this.api.put(versions() + "/" + versionId, moved, ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("code").asText())
			.isEqualTo("version.milestoneChange.reasonRequired");

		Api.Response updated = this.api.put(versions() + "/" + versionId, moved.replace("}", ",\"reason\":\"部品供給終了\"}"),
				ADMIN);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("milestoneChanges")).hasSize(1);
		JsonNode notice = obligation(versionId, "MILESTONE_CHANGE_NOTICE");
		assertThat(notice.get("dueDate").asText()).isEqualTo(this.today.plusDays(30).toString());
		assertThat(notice.get("change").get("eosTo").asText()).isEqualTo(this.today.plusYears(4).toString());
	}

	@Test
	void changingDatesBeforeReleaseOwesNoNotice() {
		String versionId = version(this.today.plusMonths(1), this.today.plusYears(3), null);
		Api.Response updated = this.api.put(versions() + "/" + versionId, Json.object("version", "8.8", "releaseDate",
				this.today.plusMonths(1).toString(), "eolDate", this.today.plusYears(2).toString()), ADMIN);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("milestoneChanges")).isEmpty();
	}

	@Test
	void backfillsObligationsMetBeforeMamoriOnTheirDueDates() {
		String versionId = version(this.today.minusYears(6), this.today.minusYears(1), this.today.plusYears(1));
		Api.Response recorded = this.api.post(versions() + "/" + versionId + "/obligations/backfill",
				Json.object("channel", "LETTER", "note", "文書管理システム 2019-123"), ADMIN);
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.json()).hasSize(9);
		JsonNode eolNotice = obligation(versionId, "EOL_NOTICE");
		assertThat(eolNotice.get("status").asText()).isEqualTo("DONE");
		assertThat(eolNotice.get("completion").get("doneOn").asText()).isEqualTo(this.today.minusYears(1).toString());
		assertThat(obligation(versionId, "EOS_NOTICE").get("status").asText()).isEqualTo("UPCOMING");
	}

	@Test
	void keepsAVersionThatHasRecords() {
		String versionId = version(this.today.minusYears(1), null, null);
		this.api.post(versions() + "/" + versionId + "/legacy-assessments",
				Json.object("assessedOn", this.today.toString(), "protectedByUpdates", true, "rationale", "updates"),
				ADMIN);
		Api.Response refused = this.api.delete(versions() + "/" + versionId + "?reason=cleanup", ADMIN);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.api.get(versions() + "/" + versionId, ADMIN).status()).isEqualTo(200);
	}

	@Test
	void servesTheControlCatalogInTheCallersLanguage() {
		JsonNode catalog = this.api.get("/api/v1/compensating-controls", ADMIN, "Accept-Language", "en").json();
		assertThat(catalog.get("id").asText()).isEqualTo("jp-tebiki-2023-table3");
		assertThat(catalog.get("controls").findValuesAsText("name")).contains("Firewall", "Backup and restore");
	}

}
