package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.TestUsers;

/**
 * A product with versions whose SBOM has one npm package, and an OSV record of a given
 * CVSS vector that affects it: findings to triage, over HTTP as a client makes them.
 */
final class TriageFixture {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

	static final String MEDIUM = "CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N";

	final Api api;

	final String pkg = "triage-test-" + UUID.randomUUID().toString().substring(0, 8);

	final String productName;

	final String productId;

	TriageFixture(Api api) {
		this.api = api;
		String model = "T-" + UUID.randomUUID().toString().substring(0, 8);
		this.productName = "Infusion " + model;
		this.productId = api
			.post("/api/v1/products",
					Json.object("name", this.productName, "modelNumber", model, "genericName", "輸液ポンプ", "deviceClass",
							"III", "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRED_NETWORK")),
					ADMIN)
			.json()
			.get("id")
			.asText();
	}

	/** A new version of the product whose SBOM holds the package at 1.0.0. */
	String version(String version) {
		String id = this.api
			.post("/api/v1/products/" + this.productId + "/versions", Json.object("version", version, "releaseDate",
					"2025-04-01", "eolDate", "2031-03-31", "eosDate", "2033-03-31"), ADMIN)
			.json()
			.get("id")
			.asText();
		String sbom = """
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "metadata": {"timestamp": "2026-10-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
				   "component": {"bom-ref": "device", "type": "device", "name": "Pump", "version": "%s"}},
				 "components": [
				  {"bom-ref": "lib", "type": "library", "supplier": {"name": "Example"}, "name": "%s",
				   "version": "1.0.0", "purl": "pkg:npm/%s@1.0.0"}]}""".formatted(version, this.pkg, this.pkg);
		Api.Response uploaded = this.api.postBytes(base(id) + "/sboms", "application/json",
				sbom.getBytes(StandardCharsets.UTF_8), ADMIN);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return id;
	}

	String base(String versionId) {
		return "/api/v1/products/" + this.productId + "/versions/" + versionId;
	}

	/** Imports an OSV record affecting the package below 1.2.0; returns its CVE id. */
	String vulnerability(String vector) {
		String cve = "CVE-2095-" + (10000 + (int) (Math.random() * 80000));
		String ghsa = "GHSA-" + UUID.randomUUID().toString().substring(0, 4) + "-tri-test";
		String osv = Json.object("schema_version", "1.6.0", "id", ghsa, "modified", "2026-01-01T00:00:00Z", "aliases",
				List.of(cve), "summary", "Heap overflow in " + this.pkg, "affected",
				List.of(Json.map("package", Json.map("ecosystem", "npm", "name", this.pkg), "ranges",
						List.of(Json.map("type", "SEMVER", "events",
								List.of(Json.map("introduced", "0"), Json.map("fixed", "1.2.0")))))),
				"severity", List.of(Json.map("type", "CVSS_V3", "score", vector)));
		Api.Response queued = this.api.postBytes("/api/v1/feeds/imports?filename=" + ghsa + ".json", "application/json",
				osv.getBytes(StandardCharsets.UTF_8), ADMIN);
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		for (int i = 0; i < 600; i++) {
			JsonNode job = this.api.get(queued.header("Location"), ADMIN).json();
			if (job.get("state").asText().equals("DONE")) {
				return cve;
			}
			assertThat(job.get("state").asText()).isNotEqualTo("FAILED");
			sleep();
		}
		throw new AssertionError("the import did not finish");
	}

	/** The finding of the vulnerability in the version, as the findings API shows it. */
	JsonNode finding(String versionId, String cve) {
		for (JsonNode finding : this.api.get(base(versionId) + "/findings", ADMIN).json()) {
			if (finding.get("vulnerability").get("id").asText().equals(cve)) {
				return finding;
			}
		}
		throw new AssertionError("no finding " + cve + " in version " + versionId);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
