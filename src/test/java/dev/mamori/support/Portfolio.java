package dev.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Test data through the API: a product version whose SBOM holds one npm package, and OSV
 * records about that package, so that a test can make a finding appear when it wants.
 */
public final class Portfolio {

	private Portfolio() {
	}

	/** A product and a version of it. */
	public record Version(String productId, String versionId) {

		public String apiPath() {
			return "/api/v1/products/" + this.productId + "/versions/" + this.versionId;
		}

	}

	/** A product (class III, hospital) with one version whose SBOM holds {@code pkg}. */
	public static Version withNpmPackage(Api api, String auth, String productName, String version, String pkg,
			String pkgVersion) {
		String model = "T-" + UUID.randomUUID().toString().substring(0, 8);
		String productId = api.post("/api/v1/products",
				Json.object("name", productName + " " + model, "modelNumber", model, "genericName", "医療機器",
						"deviceClass", "III", "intendedEnvironment", "HOSPITAL", "interfaces",
						List.of("WIRED_NETWORK")),
				auth)
			.json()
			.get("id")
			.asText();
		String versionId = api
			.post("/api/v1/products/" + productId + "/versions", Json.object("version", version), auth)
			.json()
			.get("id")
			.asText();
		String sbom = """
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "metadata": {"timestamp": "2026-10-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
				   "component": {"bom-ref": "device", "type": "device", "name": "Device", "version": "%s"}},
				 "components": [{"bom-ref": "lib", "type": "library", "supplier": {"name": "Example"},
				   "name": "%s", "version": "%s", "purl": "pkg:npm/%s@%s"}]}""".formatted(version, pkg, pkgVersion, pkg,
				pkgVersion);
		Version created = new Version(productId, versionId);
		Api.Response uploaded = api.postBytes(created.apiPath() + "/sboms", "application/json",
				sbom.getBytes(StandardCharsets.UTF_8), auth);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return created;
	}

	/** An OSV record: {@code pkg} below {@code fixed} is affected, with a CVSS vector. */
	public static String osvRecord(String ghsa, String cve, String pkg, String fixed, String vector) {
		return Json.object("schema_version", "1.6.0", "id", ghsa, "modified", "2026-01-01T00:00:00Z", "aliases",
				List.of(cve), "summary", "Flaw in " + pkg, "affected",
				List.of(Json.map("package", Json.map("ecosystem", "npm", "name", pkg), "ranges",
						List.of(Json.map("type", "SEMVER", "events",
								List.of(Json.map("introduced", "0"), Json.map("fixed", fixed)))))),
				"severity", List.of(Json.map("type", "CVSS_V3", "score", vector)));
	}

	/** Queues an OSV record for import; returns the job's location. */
	public static String queueImport(Api api, String auth, String ghsa, String record) {
		Api.Response queued = api.postBytes("/api/v1/feeds/imports?filename=" + ghsa + ".json", "application/json",
				record.getBytes(StandardCharsets.UTF_8), auth);
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		return queued.header("Location");
	}

}
