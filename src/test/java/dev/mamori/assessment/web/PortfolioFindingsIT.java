package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.mamori.access.Role;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The findings of the whole portfolio, filtered and exported as CSV (V2). */
@MamoriServerTest
class PortfolioFindingsIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Test
	void listsFindingsAcrossVersionsByProductSeverityKevAndStateAndExportsThem() {
		Api api = new Api(this.port);
		TriageFixture fixture = new TriageFixture(api);
		String triaged = fixture.version("8.0");
		fixture.version("8.1");
		String cve = fixture.vulnerability(TriageFixture.CRITICAL);
		String findingId = fixture.finding(triaged, cve).get("id").asText();
		String psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		assertThat(api.put(fixture.base(triaged) + "/findings/" + findingId + "/analysis", Json.object("state",
				"not_affected", "justification", "code_not_present", "responses", List.of(), "reason", "同梱しない"), psirt)
			.status()).isEqualTo(200);

		WebSession viewer = new WebSession(this.port);
		viewer.login(TestUsers.ensure(this.users, Role.VIEWER), TestUsers.PASSWORD);
		String product = "product=" + fixture.productId;
		String all = viewer.get("/findings?" + product).body();
		assertThat(all).contains(fixture.productName + " 8.0").contains(fixture.productName + " 8.1").contains(cve);
		String notAffected = viewer.get("/findings?" + product + "&state=not_affected").body();
		assertThat(notAffected).contains(fixture.productName + " 8.0").doesNotContain(fixture.productName + " 8.1");
		assertThat(viewer.get("/findings?" + product + "&severity=critical").body()).contains(cve);
		assertThat(viewer.get("/findings?" + product + "&kev=true").body()).doesNotContain(cve);

		WebSession.Page csv = viewer.get("/findings.csv?" + product + "&state=in_triage");
		assertThat(csv.status()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).endsWith(PortfolioCsv.HEADER);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains(fixture.productName + ",", ",8.1,", "," + cve + ",critical,9.8,false,",
				",in_triage,");
	}

}
