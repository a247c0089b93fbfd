package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
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
 * VEX-aligned triage over HTTP (V2): PSIRT sets a finding's analysis with a reason, every
 * change is audited and kept in the history, the findings list shows the state, viewers
 * read but may not decide, and bulk triage decides one vulnerability across versions.
 */
@MamoriServerTest
class AnalysisIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	Api api;

	String psirt;

	String viewer;

	String engineer;

	TriageFixture fixture;

	@BeforeEach
	void findings() {
		this.api = new Api(this.port);
		this.psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		this.viewer = Api.basic(TestUsers.ensure(this.users, Role.VIEWER), TestUsers.PASSWORD);
		this.engineer = Api.basic(TestUsers.ensure(this.users, Role.ENGINEER), TestUsers.PASSWORD);
		this.fixture = new TriageFixture(this.api);
	}

	@Test
	void psirtSetsAnAnalysisWithAReasonAndEveryChangeIsKeptAndAudited() {
		String version = this.fixture.version("2.0");
		String cve = this.fixture.vulnerability(TriageFixture.CRITICAL);
		String findingId = this.fixture.finding(version, cve).get("id").asText();
		String analysis = this.fixture.base(version) + "/findings/" + findingId + "/analysis";

		JsonNode untriaged = this.api.get(analysis, this.viewer).json();
		assertThat(untriaged.get("state").asText()).isEqualTo("in_triage");
		assertThat(this.fixture.finding(version, cve).get("analysis").get("state").asText()).isEqualTo("in_triage");

		String notAffected = Json.object("state", "not_affected", "justification", "code_not_reachable", "responses",
				List.of(), "detail", "輸液制御では該当関数を呼ばない", "reason", "コールグラフを確認");
		assertThat(this.api.put(analysis, notAffected, this.viewer).status()).isEqualTo(403);
		assertThat(this.api.put(analysis, notAffected, this.engineer).status()).isEqualTo(403);
		Api.Response refused = this.api.put(analysis, Json.object("state", "not_affected", "reason", "確認済み"),
				this.psirt);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("justification");
		assertThat(this.api.put(analysis, Json.object("state", "exploitable", "reason", " "), this.psirt).status())
			.isEqualTo(400);

		Api.Response exploitable = this.api.put(analysis, Json.object("state", "exploitable", "responses",
				List.of("update", "workaround_available"), "reason", "再現した"), this.psirt);
		assertThat(exploitable.status()).as(exploitable.body()).isEqualTo(200);
		assertThat(exploitable.json().get("responses").toString()).isEqualTo("[\"update\",\"workaround_available\"]");
		Api.Response set = this.api.put(analysis, notAffected, this.psirt);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("state").asText()).isEqualTo("not_affected");
		assertThat(set.json().get("decidedBy").asText()).isEqualTo("psirt");

		JsonNode history = this.api.get(analysis + "/history", this.viewer).json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("state").asText()).isEqualTo("not_affected");
		assertThat(history.get(0).get("previousState").asText()).isEqualTo("exploitable");
		assertThat(history.get(0).get("reason").asText()).isEqualTo("コールグラフを確認");
		assertThat(history.get(1).get("state").asText()).isEqualTo("exploitable");
		assertThat(this.fixture.finding(version, cve).get("analysis").get("state").asText()).isEqualTo("not_affected");
		String audit = this.api.get("/api/v1/audit?action=finding.analysis", TriageFixture.ADMIN).body();
		assertThat(audit).contains(cve).contains("コールグラフを確認").contains("not_affected");
	}

	@Test
	void anAnalysisOfAnotherVersionsFindingIsNotFound() {
		String version = this.fixture.version("2.1");
		String other = this.fixture.version("2.2");
		String cve = this.fixture.vulnerability(TriageFixture.CRITICAL);
		String findingId = this.fixture.finding(version, cve).get("id").asText();
		assertThat(
				this.api.get(this.fixture.base(other) + "/findings/" + findingId + "/analysis", this.viewer).status())
			.isEqualTo(404);
	}

	@Test
	void bulkTriageDecidesOneVulnerabilityInTheSelectedVersionsOnly() {
		String first = this.fixture.version("3.0");
		String second = this.fixture.version("3.1");
		String untouched = this.fixture.version("3.2");
		String cve = this.fixture.vulnerability(TriageFixture.CRITICAL);
		String bulk = Json.object("versionIds", List.of(first, second), "state", "not_affected", "justification",
				"requires_configuration", "detail", "既定で無効", "reason", "一括判定");
		assertThat(this.api.post("/api/v1/vulnerabilities/" + cve + "/analysis", bulk, this.viewer).status())
			.isEqualTo(403);
		Api.Response decided = this.api.post("/api/v1/vulnerabilities/" + cve + "/analysis", bulk, this.psirt);
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(decided.json()).hasSize(2);

		assertThat(this.fixture.finding(first, cve).get("analysis").get("state").asText()).isEqualTo("not_affected");
		assertThat(this.fixture.finding(second, cve).get("analysis").get("state").asText()).isEqualTo("not_affected");
		assertThat(this.fixture.finding(untouched, cve).get("analysis").get("state").asText()).isEqualTo("in_triage");
		assertThat(this.api
			.post("/api/v1/vulnerabilities/" + cve + "/analysis",
					Json.object("versionIds", List.of(), "state", "exploitable", "reason", "x"), this.psirt)
			.status()).isEqualTo(400);
	}

}
