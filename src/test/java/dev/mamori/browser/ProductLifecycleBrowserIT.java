package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.common.MamoriTime;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user in a real browser signs in, registers a product and a version, and sees its
 * phase and the life-cycle timeline (issue 2, "Done when").
 */
@MamoriServerTest
class ProductLifecycleBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Date inputs are typed in the browser's locale format; set the ISO value directly
	 * instead.
	 */
	void date(String id, LocalDate date) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), date.toString());
	}

	/** Clicks something that loads a new page, and waits until the old one is gone. */
	void reloadBy(WebElement element) {
		Browser.clickAndAwaitNewPage(this.browser, element);
	}

	@Test
	void signsInRegistersAProductAndAVersionAndSeesItsPhaseAndTimeline() {
		WebDriver page = this.browser;
		page.get(url("/products"));
		assertThat(page.getCurrentUrl()).contains("/login");
		reloadBy(page.findElement(By.cssSelector("button[name=lang][value=ja]")));
		type("username", "admin");
		type("password", TestUsers.ADMIN_PASSWORD);
		page.findElement(By.id("sign-in")).click();
		WebElement newProduct = page.findElement(By.id("new-product"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("製品");

		newProduct.click();
		String model = "BR-" + UUID.randomUUID().toString().substring(0, 6);
		type("name", "ブラウザ輸液ポンプ " + model);
		type("modelNumber", model);
		type("genericName", "汎用輸液ポンプ");
		new Select(page.findElement(By.id("deviceClass"))).selectByValue("III");
		page.findElement(By.cssSelector("input[name=intendedEnvironment][value=HOSPITAL]")).click();
		page.findElement(By.cssSelector("input[name=interfaces][value=WIRED_NETWORK]")).click();
		page.findElement(By.id("save-product")).click();
		assertThat(page.findElement(By.id("product-name")).getText()).contains(model);
		assertThat(page.findElement(By.cssSelector(".notice")).getText()).isEqualTo("製品を登録しました。");

		LocalDate today = MamoriTime.today(this.clock);
		page.findElement(By.id("new-version")).click();
		type("version", "1.0");
		date("releaseDate", today.minusYears(2));
		date("eolDate", today.minusMonths(1));
		date("eosDate", today.plusYears(2));
		page.findElement(By.id("save-version")).click();
		assertThat(page.findElement(By.id("version-name")).getText()).isEqualTo("1.0");
		assertThat(page.findElement(By.id("version-phase")).getText()).isEqualTo("限定的サポート");

		page.findElement(By.linkText("ブラウザ輸液ポンプ " + model)).click();
		assertThat(page.findElement(By.cssSelector("#versions .phase-cell")).getText()).isEqualTo("限定的サポート");
		WebElement timeline = page.findElement(By.id("timeline"));
		assertThat(timeline.findElements(By.cssSelector(".timeline-row"))).hasSize(1);
		assertThat(timeline.findElements(By.cssSelector("rect.seg-SUPPORT"))).hasSize(1);
		assertThat(timeline.findElements(By.cssSelector("rect.seg-LIMITED_SUPPORT"))).hasSize(1);
		WebElement todayLine = timeline.findElement(By.cssSelector("line.today"));
		assertThat(Double.parseDouble(todayLine.getAttribute("x1"))).isGreaterThan(
				Double.parseDouble(timeline.findElement(By.cssSelector("rect.seg-LIMITED_SUPPORT")).getAttribute("x")));
		assertThat(timeline.getText()).contains("今日");

		page.findElement(By.cssSelector("button[name=lang][value=en]")).click();
		new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#versions .phase-cell"), "Limited support"));
	}

	@Test
	void showsTheFormErrorsOfAVersionWhoseEosPrecedesItsEol() {
		WebDriver page = this.browser;
		page.get(url("/login"));
		type("username", "admin");
		type("password", TestUsers.ADMIN_PASSWORD);
		page.findElement(By.id("sign-in")).click();
		assertThat(page.findElement(By.id("logout")).isDisplayed()).as("signed in").isTrue();
		reloadBy(page.findElement(By.cssSelector("button[name=lang][value=ja]")));
		page.get(url("/products/new"));
		String model = "BR-" + UUID.randomUUID().toString().substring(0, 6);
		type("name", "検証用 " + model);
		type("modelNumber", model);
		type("genericName", "汎用輸液ポンプ");
		new Select(page.findElement(By.id("deviceClass"))).selectByValue("II");
		page.findElement(By.cssSelector("input[name=intendedEnvironment][value=HOME]")).click();
		page.findElement(By.cssSelector("input[name=interfaces][value=NONE]")).click();
		page.findElement(By.id("save-product")).click();
		page.findElement(By.id("new-version")).click();
		type("version", "2.0");
		date("eolDate", LocalDate.of(2030, 1, 1));
		date("eosDate", LocalDate.of(2029, 1, 1));
		page.findElement(By.id("save-version")).click();
		assertThat(page.findElement(By.cssSelector(".has-error .field-error")).getText())
			.isEqualTo("EOS（2029-01-01）は EOL（2030-01-01）以降にしてください。");
		assertThat(page.findElement(By.id("version")).getAttribute("value")).isEqualTo("2.0");
	}

}
