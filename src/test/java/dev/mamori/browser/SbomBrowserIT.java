package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * A user uploads an SBOM on the version page, sees its NTIA summary, uploads a second
 * revision and sees what changed (issue 3, "Done when").
 */
@MamoriServerTest
class SbomBrowserIT {

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	ChromeDriver browser;

	String versionPage;

	@BeforeEach
	void productWithAVersion() {
		this.browser = Browser.start();
		Api api = new Api(this.port);
		String admin = Api.basic("admin", TestUsers.ADMIN_PASSWORD);
		String model = "SB-" + UUID.randomUUID().toString().substring(0, 6);
		String product = api
			.post("/api/v1/products",
					Json.object("name", "輸液ポンプ " + model, "modelNumber", model, "genericName", "汎用輸液ポンプ", "deviceClass",
							"III", "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRED_NETWORK")),
					admin)
			.json()
			.get("id")
			.asText();
		String version = api
			.post("/api/v1/products/" + product + "/versions",
					Json.object("version", "2.0", "releaseDate", "2024-04-01", "eolDate", "2030-03-31"), admin)
			.json()
			.get("id")
			.asText();
		this.versionPage = "http://localhost:" + this.port + "/products/" + product + "/versions/" + version;
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	Path fixture(String name) {
		try (InputStream in = getClass().getResourceAsStream("/sbom/it/" + name)) {
			Path file = this.files.resolve(name);
			Files.write(file, in.readAllBytes());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	void upload(String name) {
		this.browser.get(this.versionPage);
		WebElement file = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sbom-file")));
		file.sendKeys(fixture(name).toString());
		WebElement button = this.browser.findElement(By.id("sbom-upload-button"));
		button.click();
		waiting().until(ExpectedConditions.urlContains("/sboms/"));
	}

	@Test
	void uploadsTwoRevisionsAndSeesTheNtiaSummaryAndTheDiff() {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		Browser.clickAndAwaitNewPage(this.browser,
				this.browser.findElement(By.cssSelector("button[name=lang][value=ja]")));

		upload("infusion-pump-r1.cdx.json");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("第 1 版");
		String summary = this.browser.findElement(By.cssSelector(".ntia")).getText();
		assertThat(summary).contains("必須要素あり").contains("サプライヤー名").contains("4 / 4").contains("ハッシュ");
		assertThat(this.browser.findElements(By.cssSelector("#components tbody tr"))).hasSize(4);

		upload("infusion-pump-r2.cdx.json");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("第 2 版");
		this.browser.findElement(By.linkText("前の版との差分")).click();
		WebElement summaryLine = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("diff-summary")));
		assertThat(summaryLine.getText()).isEqualTo("追加 1 件、削除 1 件、変更 1 件、変更なし 2 件");
		assertThat(this.browser.findElement(By.id("diff-added")).getText()).contains("zlib");
		assertThat(this.browser.findElement(By.id("diff-removed")).getText()).contains("pump-control-firmware");
		assertThat(this.browser.findElement(By.id("diff-changed")).getText()).contains("openssl")
			.contains("1.1.1k")
			.contains("3.0.13");

		this.browser.get(this.versionPage);
		WebElement history = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sbom-history")));
		assertThat(history.findElements(By.cssSelector("tbody tr"))).hasSize(2);
	}

}
