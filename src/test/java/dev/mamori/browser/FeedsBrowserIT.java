package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A PSIRT engineer imports a small bundle on the feeds page, watches the import's
 * progress bar reach the end, and sees the new finding on the product version it touches
 * (issue 4, "Done when").
 */
@MamoriServerTest
class FeedsBrowserIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	ChromeDriver browser;

	String versionPage;

	String pkg;

	@BeforeEach
	void versionWithAnSbom() {
		this.browser = Browser.start();
		Api api = new Api(this.port);
		String model = "FB-" + UUID.randomUUID().toString().substring(0, 6);
		this.pkg = "browser-test-" + UUID.randomUUID().toString().substring(0, 8);
		String product = api.post("/api/v1/products",
				Json.object("name", "Infusion pump " + model, "modelNumber", model, "genericName", "汎用輸液ポンプ",
						"deviceClass", "III", "intendedEnvironment", "HOSPITAL", "interfaces",
						List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		String version = api
			.post("/api/v1/products/" + product + "/versions", Json.object("version", "1.0", "releaseDate",
					"2025-01-01", "eolDate", "2030-03-31", "eosDate", "2032-03-31"), ADMIN)
			.json()
			.get("id")
			.asText();
		String sbom = """
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "metadata": {"timestamp": "2026-10-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
				   "component": {"bom-ref": "device", "type": "device", "name": "Pump", "version": "1.0"}},
				 "components": [{"bom-ref": "ui", "type": "library", "supplier": {"name": "Example"},
				   "name": "%s", "version": "2.3.4", "purl": "pkg:npm/%s@2.3.4"}]}""".formatted(this.pkg, this.pkg);
		assertThat(api
			.postBytes("/api/v1/products/" + product + "/versions/" + version + "/sboms", "application/json",
					sbom.getBytes(StandardCharsets.UTF_8), ADMIN)
			.status()).isEqualTo(201);
		this.versionPage = "http://localhost:" + this.port + "/products/" + product + "/versions/" + version;
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@Test
	void importsABundleWatchesItsProgressAndSeesTheNewFinding() throws IOException {
		String cve = "CVE-2095-" + (10000 + (int) (Math.random() * 80000));
		String ghsa = "GHSA-" + UUID.randomUUID().toString().substring(0, 4) + "-brws-test";
		Path record = this.files.resolve(ghsa + ".json");
		Files.writeString(record, Json.object("schema_version", "1.6.0", "id", ghsa, "modified", "2026-01-01T00:00:00Z",
				"aliases", List.of(cve), "summary", "Cross-site scripting in " + this.pkg, "affected",
				List.of(Map.of("package", Map.of("ecosystem", "npm", "name", this.pkg), "ranges", List.of(Map.of("type",
						"SEMVER", "events", List.of(Map.of("introduced", "2.0.0"), Map.of("fixed", "2.4.0"))))))));

		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

		this.browser.get("http://localhost:" + this.port + "/feeds");
		WebElement input = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feed-files")));
		input.sendKeys(record.toString());
		this.browser.findElement(By.id("feed-upload-button")).click();
		waiting().until(ExpectedConditions.urlContains("/feeds/imports/"));
		waiting().until(ExpectedConditions.attributeToBe(By.id("import-bar"), "value", "100"));
		assertThat(this.browser.findElement(By.id("import-state")).getText()).isNotBlank();

		this.browser.get(this.versionPage);
		WebElement findings = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
		assertThat(findings.getText()).contains(cve).contains(this.pkg + " 2.3.4").contains("vers:npm/>=2.0.0|<2.4.0");
	}

}
