package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.mamori.access.Role;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Triage in the browser's pages (V2-V4): the version page's triage section sets an
 * analysis and shows its history, the gate badge turns green, and a vulnerability's page
 * decides it for selected versions.
 */
@MamoriServerTest
class TriagePagesIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	TriageFixture fixture;

	WebSession psirt;

	@BeforeEach
	void signIn() {
		this.fixture = new TriageFixture(new Api(this.port));
		this.psirt = new WebSession(this.port);
		this.psirt.login(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
	}

	@Test
	void aPsirtEngineerSetsAnAnalysisOnTheVersionPageAndTheGateTurnsGreen() {
		String version = this.fixture.version("6.0");
		String cve = this.fixture.vulnerability(TriageFixture.CRITICAL);
		String findingId = this.fixture.finding(version, cve).get("id").asText();
		String page = "/products/" + this.fixture.productId + "/versions/" + version;
		assertThat(this.psirt.get(page + "/gate-section").body()).contains("gate-failed").contains(cve);
		WebSession.Page section = this.psirt.get(page + "/triage-section");
		assertThat(section.body()).contains(cve).contains("調査中").contains("分析を設定");

		WebSession.Page refused = this.psirt.post(page + "/findings/" + findingId + "/analysis",
				Map.of("state", "not_affected", "reason", "確認"));
		assertThat(refused.body()).contains("triage-error").contains("根拠が必要");
		WebSession.Page set = this.psirt.post(page + "/findings/" + findingId + "/analysis", Map.of("state",
				"not_affected", "justification", "code_not_present", "detail", "該当モジュールは同梱しない", "reason", "SBOM を再確認"));
		assertThat(set.body()).doesNotContain("triage-error")
			.contains("影響なし")
			.contains("コードが含まれない")
			.contains("SBOM を再確認");
		assertThat(this.psirt.get(page + "/gate-section").body()).contains("gate-passed").contains("リリース可");
	}

	@Test
	void aVulnerabilitysPageDecidesItForTheSelectedVersions() {
		String chosen = this.fixture.version("7.0");
		String other = this.fixture.version("7.1");
		String cve = this.fixture.vulnerability(TriageFixture.CRITICAL);
		assertThat(this.psirt.get("/vulnerabilities/" + cve).body()).contains("triage-bulk");
		WebSession.Page bulk = this.psirt.get("/vulnerabilities/" + cve + "/triage-section");
		assertThat(bulk.body()).contains(this.fixture.productName + " 7.0").contains(this.fixture.productName + " 7.1");
		WebSession.Page done = this.psirt.post("/vulnerabilities/" + cve + "/analysis",
				Map.of("versionIds", chosen, "state", "resolved", "responses", "update", "reason", "7.0 系は修正版へ更新済み"));
		assertThat(done.body()).contains("bulk-done").doesNotContain("bulk-error");
		assertThat(this.fixture.finding(chosen, cve).get("analysis").get("state").asText()).isEqualTo("resolved");
		assertThat(this.fixture.finding(other, cve).get("analysis").get("state").asText()).isEqualTo("in_triage");
	}

}
