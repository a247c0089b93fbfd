package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user follows a product from its page, new vulnerability data touches one of its
 * versions, and the bell, the inbox and the "new since my last visit" panel say so;
 * opening the notice leads to the version (V1).
 */
@MamoriServerTest
class NotificationBrowserIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	ChromeDriver browser;

	Api api;

	String product;

	String version;

	String pkg;

	@BeforeEach
	void productWithAnSbom() {
		this.browser = Browser.start();
		this.api = new Api(this.port);
		String model = "NB-" + UUID.randomUUID().toString().substring(0, 6);
		this.pkg = "bell-test-" + UUID.randomUUID().toString().substring(0, 8);
		this.product = this.api.post("/api/v1/products",
				Json.object("name", "Ventilator " + model, "modelNumber", model, "genericName", "人工呼吸器", "deviceClass",
						"III", "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		this.version = this.api
			.post("/api/v1/products/" + this.product + "/versions", Json.object("version", "7.2"), ADMIN)
			.json()
			.get("id")
			.asText();
		String sbom = """
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "metadata": {"timestamp": "2026-10-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
				   "component": {"bom-ref": "device", "type": "device", "name": "Ventilator", "version": "7.2"}},
				 "components": [{"bom-ref": "ui", "type": "library", "supplier": {"name": "Example"},
				   "name": "%s", "version": "3.0.1", "purl": "pkg:npm/%s@3.0.1"}]}""".formatted(this.pkg, this.pkg);
		assertThat(this.api
			.postBytes("/api/v1/products/" + this.product + "/versions/" + this.version + "/sboms", "application/json",
					sbom.getBytes(StandardCharsets.UTF_8), ADMIN)
			.status()).isEqualTo(201);
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
	void followsAProductAndSeesTheNewFindingInTheBellTheInboxAndTheDashboard() {
		String base = "http://localhost:" + this.port;
		this.browser.get(base + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

		this.browser.get(base + "/products/" + this.product);
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("follow-button"))).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("following")));

		String cve = importRecord();
		this.browser.get(base + "/notifications");
		waiting().until((driver) -> {
			driver.navigate().refresh();
			return driver.findElements(By.id("notifications")).stream().anyMatch((t) -> t.getText().contains(cve));
		});
		WebElement bell = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unread-count")));
		assertThat(bell.getText()).isNotBlank();
		WebElement row = this.browser.findElements(By.cssSelector("#notifications tbody tr"))
			.stream()
			.filter((candidate) -> candidate.getText().contains(cve))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("Ventilator", "7.2", "新しい検出 1 件");
		Browser.clickAndAwaitNewPage(this.browser, row.findElement(By.cssSelector("button")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/products/" + this.product + "/versions/" + this.version);

		this.browser.get(base + "/");
		WebElement panel = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-findings")));
		waiting().until((driver) -> panel.getText().contains(cve));
		assertThat(panel.getText()).contains("Ventilator", "7.2");
	}

	String importRecord() {
		String cve = "CVE-2096-" + (10000 + (int) (Math.random() * 80000));
		String ghsa = "GHSA-" + UUID.randomUUID().toString().substring(0, 4) + "-bell-test";
		String osv = Json.object("schema_version", "1.6.0", "id", ghsa, "modified", "2026-01-01T00:00:00Z", "aliases",
				List.of(cve), "summary", "Flaw in " + this.pkg, "affected",
				List.of(Map.of("package", Map.of("ecosystem", "npm", "name", this.pkg), "ranges",
						List.of(Map.of("type", "SEMVER", "events",
								List.of(Map.of("introduced", "0"), Map.of("fixed", "3.1.0")))))),
				"severity",
				List.of(Map.of("type", "CVSS_V3", "score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
		Api.Response queued = this.api.postBytes("/api/v1/feeds/imports?filename=" + ghsa + ".json", "application/json",
				osv.getBytes(StandardCharsets.UTF_8), ADMIN);
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		return cve;
	}

}
