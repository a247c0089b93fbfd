package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import dev.mamori.support.Api;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.Portfolio;
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
		this.pkg = "bell-test-" + UUID.randomUUID().toString().substring(0, 8);
		Portfolio.Version version = Portfolio.withNpmPackage(this.api, ADMIN, "Ventilator", "7.2", this.pkg, "3.0.1");
		this.product = version.productId();
		this.version = version.versionId();
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
		Portfolio.queueImport(this.api, ADMIN, ghsa,
				Portfolio.osvRecord(ghsa, cve, this.pkg, "3.1.0", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
		return cve;
	}

}
