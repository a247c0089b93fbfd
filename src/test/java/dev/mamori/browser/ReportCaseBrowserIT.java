package dev.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.MamoriApplication;
import dev.mamori.common.MamoriTime;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.TestDatabase;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The safety officer's path in a real browser (issue 6, "Done when"): an incident on the
 * demo insulin pump opens a malfunction-report case with the facts already known; the
 * case shows "15日報告" and its due date; a first report (未完了) and a follow-up are filed.
 */
@SpringBootTest(classes = MamoriApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mamori.demo=true", "mamori.admin.password=" + TestUsers.ADMIN_PASSWORD })
class ReportCaseBrowserIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@DynamicPropertySource
	static void demoDatabase(DynamicPropertyRegistry registry) {
		registry.add("mamori.db.url", () -> TestDatabase.url("mamori_demo_reports"));
	}

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

	void date(String id, LocalDate date) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), date.toString());
	}

	void reloadBy(WebElement element) {
		Browser.clickAndAwaitNewPage(this.browser, element);
	}

	/**
	 * An incident on the demo insulin pump NP-10 1.1: settings changed, patient
	 * hospitalized.
	 */
	String insulinPumpIncident(LocalDate today) {
		Api api = new Api(this.port);
		JsonNode pump = api.get("/api/v1/products", ADMIN)
			.json()
			.findParents("modelNumber")
			.stream()
			.filter((product) -> "Mamori インスリンポンプ NP-10".equals(product.get("name").asText()))
			.findFirst()
			.orElseThrow();
		String version = pump.findParents("version")
			.stream()
			.filter((node) -> "1.1".equals(node.get("version").asText()) && node.has("id"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		Api.Response opened = api.post("/api/v1/incidents",
				Json.object("productId", pump.get("id").asText(), "versionId", version, "title", "基礎レートの不正な変更",
						"origin", "HOSPITAL_CALL", "reporterOrganization", "B 病院", "informationObtained",
						today.toString(), "installations", List.of("B 病院 SN-0042")),
				ADMIN);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String incident = opened.json().get("id").asText();
		api.put("/api/v1/incidents/" + incident + "/impact", Json.object("harm", "YES", "outcome", "HOSPITALIZATION"),
				ADMIN);
		return incident;
	}

	@Test
	void opensACaseFromAnInsulinPumpIncidentAndFilesAFirstReportThenAFollowUp() {
		LocalDate today = MamoriTime.today(this.clock);
		String incident = insulinPumpIncident(today);
		ChromeDriver page = this.browser;
		page.get(url("/incidents/" + incident));
		reloadBy(page.findElement(By.cssSelector("button[name=lang][value=ja]")));
		page.findElement(By.id("username")).sendKeys("admin");
		page.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
		reloadBy(page.findElement(By.id("sign-in")));
		page.get(url("/incidents/" + incident));

		reloadBy(page.findElement(By.id("report-case-link")));
		assertThat(new Select(page.findElement(By.id("version"))).getFirstSelectedOption().getText())
			.isEqualTo("Mamori インスリンポンプ NP-10 1.1");
		assertThat(new Select(page.findElement(By.id("event"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("HEALTH_DAMAGE");
		assertThat(new Select(page.findElement(By.id("outcome"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("HOSPITALIZATION");
		assertThat(page.findElement(By.id("informationObtained")).getAttribute("value")).isEqualTo(today.toString());
		WebElement title = page.findElement(By.id("title"));
		title.clear();
		title.sendKeys("NP-10 基礎レート変更による低血糖");
		new Select(page.findElement(By.id("predictable"))).selectByValue("false");
		reloadBy(page.findElement(By.id("save-case")));

		assertThat(page.findElement(By.id("case-number")).getText()).matches("MR-\\d{4}-\\d{4}");
		assertThat(page.findElement(By.id("decision-category")).getText()).isEqualTo("15日報告");
		assertThat(page.findElement(By.id("decision-form")).getText()).isEqualTo("様式8");
		LocalDate due = today.plusDays(15);
		assertThat(page.findElement(By.id("decision-due")).getText()).isEqualTo(due.toString());
		assertThat(page.findElement(By.cssSelector("#due .due-date")).getText()).isEqualTo(due.toString());
		assertThat(page.findElement(By.id("due-category")).getText()).isEqualTo("15日報告");
		assertThat(page.findElement(By.cssSelector("#due .badge")).getText()).isEqualTo("残り15日");

		page.findElement(By.id("first-incomplete")).click();
		date("firstNext", today.plusDays(30));
		reloadBy(page.findElement(By.id("file-first")));
		WebElement sent = page.findElement(By.id("sent-reports"));
		assertThat(sent.getText()).contains("初回報告", "未完了", today.plusDays(30).toString());
		assertThat(page.findElement(By.id("case-state")).getText()).isEqualTo("報告中");
		assertThat(page.findElement(By.id("due-report")).getText()).isEqualTo("追加報告");

		date("followUpNext", today.plusDays(60));
		reloadBy(page.findElement(By.id("file-follow-up")));
		assertThat(page.findElements(By.cssSelector("#sent-reports tbody tr"))).hasSize(2);
		assertThat(page.findElement(By.id("sent-reports")).getText()).contains("追加報告");
		assertThat(page.findElement(By.cssSelector("#due .due-date")).getText())
			.isEqualTo(today.plusDays(60).toString());
	}

}
