package dev.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.MamoriApplication;
import dev.mamori.support.Api;
import dev.mamori.support.TestDatabase;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh installation started with {@code --demo} and no {@code MAMORI_ADMIN_PASSWORD}:
 * the generated password is printed once and works; the demonstration portfolio shows
 * every phase; and every page renders in Japanese and in English with no message missing.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = MamoriApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mamori.demo=true", "mamori.admin.password=" })
class PagesIT {

	static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		registry.add("mamori.db.url", () -> TestDatabase.url("mamori_demo"));
	}

	@LocalServerPort
	int port;

	static String adminPassword;

	@BeforeEach
	void readThePrintedPassword(CapturedOutput output) {
		if (adminPassword == null) {
			Matcher matcher = PASSWORD.matcher(output.getOut());
			assertThat(matcher.find()).as("the generated password is printed").isTrue();
			adminPassword = matcher.group(1);
			assertThat(matcher.find()).as("and printed once").isFalse();
			assertThat(output.getAll().split(adminPassword, -1)).hasSize(2);
		}
	}

	WebSession signedIn() {
		WebSession browser = new WebSession(this.port);
		assertThat(browser.login("admin", adminPassword)).endsWith("/");
		return browser;
	}

	JsonNode portfolio() {
		return new Api(this.port).get("/api/v1/products", Api.basic("admin", adminPassword)).json();
	}

	@Test
	void theDemoPortfolioShowsEveryPhaseAndLegacyCase() {
		JsonNode products = portfolio();
		assertThat(products.findValuesAsText("modelNumber")).contains("IW-5000", "IP-300", "NP-10", "RA-1");
		assertThat(products.findValues("samd").stream().anyMatch(JsonNode::asBoolean)).isTrue();
		List<String> phases = products.findValuesAsText("phase");
		assertThat(phases).contains("DEVELOPMENT", "SUPPORT", "LIMITED_SUPPORT", "END_OF_SUPPORT");
		List<String> legacy = new ArrayList<>();
		products.findValues("legacy").forEach((node) -> legacy.add(node.get("status").asText()));
		assertThat(legacy).contains("LEGACY", "NOT_LEGACY", "NOT_ASSESSED");
		assertThat(products.findValues("reasons").toString()).contains("補完的対策");
	}

	@Test
	void theDemoPortfolioHasSbomsWithHistoryVendorSbomsAndSupportFlags() {
		Api api = new Api(this.port);
		String admin = Api.basic("admin", adminPassword);
		String support = signedIn().get("/sbom/panels/support").body();
		assertThat(support).contains("Windows 10 Enterprise LTSC 2019").contains("mbedtls");
		JsonNode pump = portfolio().findParents("modelNumber")
			.stream()
			.filter((product) -> product.get("modelNumber").asText().equals("IP-300"))
			.findFirst()
			.orElseThrow();
		JsonNode version = pump.findParents("version")
			.stream()
			.filter((node) -> "2.0".equals(node.get("version").asText()) && node.has("id"))
			.findFirst()
			.orElseThrow();
		String base = "/api/v1/products/" + pump.get("id").asText() + "/versions/" + version.get("id").asText();
		assertThat(api.get(base + "/sboms", admin).json().findValuesAsText("revision")).containsExactlyInAnyOrder("1",
				"2");
		JsonNode workstation = portfolio().findParents("modelNumber")
			.stream()
			.filter((product) -> product.get("modelNumber").asText().equals("IW-5000"))
			.findFirst()
			.orElseThrow();
		String workstationVersion = workstation.findParents("version")
			.stream()
			.filter((node) -> "4.0".equals(node.get("version").asText()) && node.has("id"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		JsonNode components = api
			.get("/api/v1/products/" + workstation.get("id").asText() + "/versions/" + workstationVersion
					+ "/components", admin)
			.json()
			.get("components");
		assertThat(components.findValuesAsText("name")).contains("openjpeg", "Windows 10 Enterprise LTSC 2019");
		assertThat(components.findValuesAsText("suppliedBy")).contains("Example Imaging SDK K.K.");
	}

	@Test
	void everyPageRendersInBothLanguages() {
		WebSession browser = signedIn();
		List<String> pages = new ArrayList<>(List.of("/", "/products/panels/obligations", "/products/panels/lifecycle",
				"/products", "/products/new", "/admin/audit", "/admin/audit/verification", "/admin/users",
				"/admin/users/new", "/admin/users/admin", "/account", "/components", "/components?q=openssl",
				"/components?q=pkg:pypi/numpy", "/sbom/panels/support", "/feeds", "/vulnerabilities",
				"/vulnerabilities?q=CVE-2021"));
		Api api = new Api(this.port);
		String admin = Api.basic("admin", adminPassword);
		pages.addAll(importedVulnerabilityPages(api, admin));
		for (JsonNode product : portfolio()) {
			String base = "/products/" + product.get("id").asText();
			pages.addAll(List.of(base, base + "?at=2030-01-01", base + "/edit", base + "/versions/new",
					base + "/sbom-section"));
			for (JsonNode version : product.get("versions")) {
				String page = base + "/versions/" + version.get("id").asText();
				pages.addAll(List.of(page, page + "?at=2019-01-01", page + "/edit", page + "/controls",
						page + "/sbom-section", page + "/components", page + "/components?q=zlib",
						page + "/findings-section"));
				List<String> documents = api.get("/api/v1" + page + "/sboms", admin).json().findValuesAsText("id");
				for (int i = 0; i < documents.size(); i++) {
					pages.add(page + "/sboms/" + documents.get(i));
					pages.add(page + "/sboms/" + documents.get(i) + "?missing=HASH");
					if (i > 0) {
						pages.add("/sboms/diff?from=" + documents.get(i) + "&to=" + documents.get(i - 1));
					}
				}
			}
		}
		for (String language : List.of("ja", "en")) {
			browser.get("/");
			browser.post("/language", Map.of("lang", language, "returnTo", "/"));
			for (String page : pages) {
				WebSession.Page response = browser.get(page);
				assertThat(response.status()).as(language + " " + page).isEqualTo(200);
				assertThat(response.body()).as(language + " " + page + " has a missing message").doesNotContain("??");
			}
			assertThat(browser.get("/products").body()).contains("<html lang=\"" + language + "\"");
		}
	}

	/**
	 * An import of one OSV record: its page, its progress fragment and the vulnerability.
	 */
	static List<String> importedVulnerabilityPages(Api api, String admin) {
		String osv = "{\"id\": \"GHSA-page-test-0001\", \"modified\": \"2026-01-01T00:00:00Z\", "
				+ "\"aliases\": [\"CVE-2097-0001\"], \"summary\": \"Page test\"}";
		String location = api
			.postBytes("/api/v1/feeds/imports?filename=page.json", "application/json",
					osv.getBytes(java.nio.charset.StandardCharsets.UTF_8), admin)
			.header("Location");
		for (int i = 0; i < 300 && !api.get(location, admin).json().get("state").asText().equals("DONE"); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		String page = location.replace("/api/v1", "");
		return List.of(page, page + "/progress", "/vulnerabilities/CVE-2097-0001",
				"/vulnerabilities/GHSA-page-test-0001");
	}

	@Test
	void showsThePhasesAndTheTimelineOnTheProductPage() {
		WebSession browser = signedIn();
		browser.post("/language", Map.of("lang", "ja", "returnTo", "/"));
		String list = browser.get("/products").body();
		assertThat(list).contains("開発中", "サポート", "限定的サポート", "サポート終了", "レガシー");
		String id = portfolio().findParents("modelNumber")
			.stream()
			.filter((product) -> product.get("modelNumber").asText().equals("IP-300"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		String page = browser.get("/products/" + id).body();
		assertThat(page).contains("<svg class=\"timeline\"").contains("class=\"today\"").contains("seg-END_OF_SUPPORT");
		assertThat(page).contains("EOL の通知");
	}

	@Test
	void showsErrorsAsPagesInTheUsersLanguage() {
		WebSession browser = signedIn();
		browser.post("/language", Map.of("lang", "ja", "returnTo", "/"));
		WebSession.Page missing = browser.get("/products/00000000-0000-0000-0000-000000000000");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("見つかりません").contains("製品");
		browser.post("/language", Map.of("lang", "en", "returnTo", "/"));
		assertThat(browser.get("/no/such/page").body()).contains("Not found");
	}

	@Test
	void refusesATenMegabyteProductNameFromTheFormAndSavesNothing() {
		WebSession browser = signedIn();
		browser.get("/products/new");
		int before = portfolio().size();
		WebSession.Page refused = browser.post("/products",
				Map.of("name", "x".repeat(10 * 1024 * 1024), "modelNumber", "HUGE-1", "genericName", "g", "deviceClass",
						"II", "intendedEnvironment", "HOSPITAL", "interfaces", "NONE"));
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.body()).contains("大きすぎます");
		assertThat(portfolio()).hasSize(before);
	}

	@Test
	void showsFormErrorsNextToTheirFields() {
		WebSession browser = signedIn();
		browser.post("/language", Map.of("lang", "ja", "returnTo", "/"));
		browser.get("/products/new");
		WebSession.Page form = browser.post("/products", Map.of("name", "", "modelNumber", "X-1", "genericName", "g",
				"deviceClass", "V", "intendedEnvironment", "HOSPITAL", "interfaces", "NONE"));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("値の形式が正しくありません");
		form = browser.post("/products", Map.of("name", "", "modelNumber", "X-1", "genericName", "g", "deviceClass",
				"II", "intendedEnvironment", "HOSPITAL", "interfaces", "NONE", "wirelessKinds", "WIFI"));
		assertThat(form.body()).contains("入力してください。").contains("無線の種類は、インターフェースに「無線」を選んだ場合のみ指定できます。");
	}

}
