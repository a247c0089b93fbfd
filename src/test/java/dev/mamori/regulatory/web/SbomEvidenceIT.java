package dev.mamori.regulatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case about a vulnerability takes "vulnerable software present" from the version's
 * SBOM findings (F§4(3)); without a match the fact stays unknown, never "absent".
 */
@MamoriServerTest
class SbomEvidenceIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Test
	void aMatchedVulnerabilityPrefillsPresentAndNoMatchLeavesItUnknown() throws InterruptedException {
		Api api = new Api(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String pkg = "report-evidence-" + suffix;
		String product = api.post("/api/v1/products",
				Json.object("name", "Pump " + suffix, "modelNumber", "SE-" + suffix, "genericName", "輸液ポンプ",
						"deviceClass", "III", "intendedEnvironment", "HOSPITAL", "interfaces",
						List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		String version = api.post("/api/v1/products/" + product + "/versions", Json.object("version", "1.0"), ADMIN)
			.json()
			.get("id")
			.asText();
		String base = "/api/v1/products/" + product + "/versions/" + version;
		String sbom = """
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "metadata": {"timestamp": "2026-10-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
				   "component": {"bom-ref": "device", "type": "device", "name": "Pump", "version": "1.0"}},
				 "components": [{"bom-ref": "lib", "type": "library", "supplier": {"name": "Example"}, "name": "%s",
				   "version": "1.0.0", "purl": "pkg:npm/%s@1.0.0"}]}""".formatted(pkg, pkg);
		assertThat(api.postBytes(base + "/sboms", "application/json", sbom.getBytes(StandardCharsets.UTF_8), ADMIN)
			.status()).isEqualTo(201);
		// confirmed not reportable while nothing matched: the software was said not to be
		// used
		String caseId = api.post("/api/v1/report-cases",
				Json.object("productId", product, "versionId", version, "title", "監視中の案件", "facts",
						Json.map("origin", "DOMESTIC", "event", "MALFUNCTION", "potentialOutcome", "SERIOUS",
								"designatedDevice", false, "informationObtained", "2026-04-01", "cyber",
								Json.map("vulnerableSoftwareUsed", false))),
				ADMIN)
			.json()
			.get("id")
			.asText();
		assertThat(api.post("/api/v1/report-cases/" + caseId + "/decision", "{}", ADMIN).json().get("state").asText())
			.isEqualTo("MONITORING");
		String cve = "CVE-2098-" + (10000 + Math.abs(suffix.hashCode() % 80000));
		String osv = Json.object("schema_version", "1.6.0", "id", "GHSA-rep-" + suffix, "modified",
				"2026-01-01T00:00:00Z", "aliases", List.of(cve), "summary", "Test", "affected",
				List.of(Json.map("package", Json.map("ecosystem", "npm", "name", pkg), "ranges",
						List.of(Json.map("type", "SEMVER", "events",
								List.of(Json.map("introduced", "0"), Json.map("fixed", "1.2.0")))))));
		String location = api
			.postBytes("/api/v1/feeds/imports?filename=osv.json", "application/json",
					osv.getBytes(StandardCharsets.UTF_8), ADMIN)
			.header("Location");
		for (int i = 0; i < 300 && !api.get(base + "/findings", ADMIN).body().contains(cve); i++) {
			Thread.sleep(100);
		}
		assertThat(api.get(location, ADMIN).json().get("state").asText()).isEqualTo("DONE");

		boolean flagged = false;
		for (int i = 0; i < 100 && !flagged; i++) {
			flagged = api.get("/api/v1/report-cases/" + caseId, ADMIN).json().get("review").asBoolean();
			Thread.sleep(100);
		}
		assertThat(flagged).as("a monitored case is flagged for review when the findings change").isTrue();

		WebSession web = new WebSession(this.port);
		web.login("admin", TestUsers.ADMIN_PASSWORD);
		String matched = web.get("/reports/cases/new?version=" + version + "&vulnerability=" + cve).body();
		assertThat(matched).contains("id=\"sbom-evidence\"", pkg + " 1.0.0");
		assertThat(matched).containsPattern(
				"id=\"vulnerableSoftwarePresent\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*<option value=\"true\" selected");
		String unmatched = web.get("/reports/cases/new?version=" + version + "&vulnerability=CVE-2014-0160").body();
		assertThat(unmatched).doesNotContainPattern(
				"id=\"vulnerableSoftwarePresent\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*<option value=\"true\" selected");
	}

}
