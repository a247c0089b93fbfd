package dev.mamori.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.AuditQueries;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product registry's REST API (issue 2, P1–P2), over HTTP on the embedded PostgreSQL.
 */
@MamoriServerTest
class ProductApiIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	static String product(String model, String deviceClass) {
		return Json.object("name", "輸液ポンプ " + model, "modelNumber", model, "genericName", "汎用輸液ポンプ", "deviceClass",
				deviceClass, "samd", false, "intendedEnvironment", "HOSPITAL", "interfaces", List.of("WIRELESS"),
				"wirelessKinds", List.of("WIFI"), "securityContact", "psirt@example.jp");
	}

	static String model() {
		return "M-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String createProduct() {
		Api.Response created = this.api.post("/api/v1/products", product(model(), "III"), ADMIN);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	String createVersion(String productId, String version, String release, String eol, String eos) {
		Api.Response created = this.api.post("/api/v1/products/" + productId + "/versions",
				Json.object("version", version, "releaseDate", release, "eolDate", eol, "eosDate", eos), ADMIN);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	JsonNode listed(String productId, String query) {
		for (JsonNode product : this.api.get("/api/v1/products" + query, ADMIN).json()) {
			if (product.get("id").asText().equals(productId)) {
				return product;
			}
		}
		throw new AssertionError("product " + productId + " not listed");
	}

	@Test
	void listsProductsWithThePhaseAndLegacyStatusOfEachVersionForTodayOrAnyDate() {
		String productId = createProduct();
		createVersion(productId, "1.0", "2020-04-01", "2026-03-31", "2028-03-31");

		JsonNode product = listed(productId, "?at=2027-01-01");
		assertThat(product.get("deviceClass").asText()).isEqualTo("III");
		assertThat(product.get("samd").asBoolean()).isFalse();
		JsonNode version = product.get("versions").get(0);
		assertThat(version.get("version").asText()).isEqualTo("1.0");
		assertThat(version.get("releaseDate").asText()).isEqualTo("2020-04-01");
		assertThat(version.get("phase").asText()).isEqualTo("LIMITED_SUPPORT");
		assertThat(version.get("legacy").get("status").asText()).isEqualTo("NOT_ASSESSED");
		assertThat(version.get("legacy").get("reasons").get(0).asText()).contains("評価");

		assertThat(listed(productId, "?at=2020-03-31").get("versions").get(0).get("phase").asText())
			.isEqualTo("DEVELOPMENT");
		assertThat(listed(productId, "?at=2028-03-31").get("versions").get(0).get("phase").asText())
			.isEqualTo("END_OF_SUPPORT");
		assertThat(listed(productId, "").get("versions").get(0).has("phase")).isTrue();
	}

	@Test
	void createsAProductAndSaysWhereItIs() {
		Api.Response created = this.api.post("/api/v1/products", product(model(), "II"), ADMIN);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asText();
		assertThat(created.header("Location")).isEqualTo("/api/v1/products/" + id);
		assertThat(this.api.get("/api/v1/products/" + id, ADMIN).json().get("interfaces").get(0).asText())
			.isEqualTo("WIRELESS");
	}

	@Test
	void ordersVersionsSemanticallyNewestFirst() {
		String productId = createProduct();
		for (String version : List.of("1.9", "2.0.0", "1.10", "2.0.0-rc1")) {
			createVersion(productId, version, null, null, null);
		}
		JsonNode versions = this.api.get("/api/v1/products/" + productId, ADMIN).json().get("versions");
		assertThat(versions.findValuesAsText("version")).containsExactly("2.0.0", "2.0.0-rc1", "1.10", "1.9");
	}

	@Test
	void refusesEosBeforeEolInJapaneseAndSavesNothing() {
		String productId = createProduct();
		Api.Response refused = this.api.post("/api/v1/products/" + productId + "/versions", Json.object("version",
				"2.0", "releaseDate", "2024-01-01", "eolDate", "2030-01-01", "eosDate", "2029-01-01"), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asText()).isEqualTo("eosDate");
		assertThat(error.get("code").asText()).isEqualTo("version.eos.beforeEol");
		assertThat(error.get("message").asText()).isEqualTo("EOS（2029-01-01）は EOL（2030-01-01）以降にしてください。");
		assertThat(refused.json().get("title").asText()).isEqualTo("入力内容に誤りがあります");
		assertThat(this.api.get("/api/v1/products/" + productId + "/versions", ADMIN).json()).isEmpty();
	}

	@Test
	void answersInEnglishWhenAskedTo() {
		String productId = createProduct();
		Api.Response refused = this.api.post("/api/v1/products/" + productId + "/versions",
				Json.object("version", "2.0", "eolDate", "2030-01-01", "eosDate", "2029-01-01"), ADMIN,
				"Accept-Language", "en-US,en;q=0.9");
		assertThat(refused.json().get("errors").get(0).get("message").asText())
			.isEqualTo("The EOS (2029-01-01) must not be before the EOL (2030-01-01).");
		assertThat(refused.json().get("title").asText()).isEqualTo("Invalid input");
	}

	@Test
	void refusesAnUnknownClassAndSavesNothing() {
		int before = this.api.get("/api/v1/products", ADMIN).json().size();
		Api.Response refused = this.api.post("/api/v1/products", product(model(), "V"), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asText()).isEqualTo("deviceClass");
		assertThat(error.get("message").asText()).isEqualTo("「V」は使用できません。次のいずれかを指定してください: I, II, III, IV");
		assertThat(this.api.get("/api/v1/products", ADMIN).json().size()).isEqualTo(before);
	}

	@Test
	void refusesATenMegabyteProductNameAndSavesNothing() {
		int before = this.api.get("/api/v1/products", ADMIN).json().size();
		String body = product(model(), "II").replaceFirst("\"name\":\"[^\"]*\"",
				"\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"");
		Api.Response refused = this.api.post("/api/v1/products", body, ADMIN);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.json().get("title").asText()).isEqualTo("リクエストが大きすぎます");
		assertThat(this.api.get("/api/v1/products", ADMIN).json().size()).isEqualTo(before);
	}

	@Test
	void refusesANameLongerThanTwoHundredCharacters() {
		String body = product(model(), "II").replaceFirst("\"name\":\"[^\"]*\"",
				"\"name\":\"" + "名".repeat(201) + "\"");
		Api.Response refused = this.api.post("/api/v1/products", body, ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asText())
			.isEqualTo("200 文字以内で入力してください（現在 201 文字）。");
	}

	@Test
	void refusesADuplicateModelNumber() {
		String model = model();
		assertThat(this.api.post("/api/v1/products", product(model, "II"), ADMIN).status()).isEqualTo(201);
		Api.Response duplicate = this.api.post("/api/v1/products", product(model.toLowerCase(), "II"), ADMIN);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("detail").asText()).contains(model.toLowerCase());
	}

	@Test
	void refusesAnUpdateBasedOnAStaleRevision() {
		String productId = createProduct();
		String update = product(model(), "IV").replace("}", ",\"revision\":0}");
		assertThat(this.api.put("/api/v1/products/" + productId, update, ADMIN).status()).isEqualTo(200);
		Api.Response stale = this.api.put("/api/v1/products/" + productId, update, ADMIN);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asText()).contains("他のユーザー");
	}

	@Test
	void keepsAProductWithVersionsAndNeedsAReasonToDelete() {
		String productId = createProduct();
		String versionId = createVersion(productId, "1.0", null, null, null);
		assertThat(this.api.delete("/api/v1/products/" + productId + "?reason=mistake", ADMIN).status()).isEqualTo(409);
		assertThat(this.api.delete("/api/v1/products/" + productId + "/versions/" + versionId, ADMIN).status())
			.isEqualTo(400);
		assertThat(this.api.delete("/api/v1/products/" + productId + "/versions/" + versionId + "?reason=typo", ADMIN)
			.status()).isEqualTo(204);
		assertThat(this.api.delete("/api/v1/products/" + productId + "?reason=typo", ADMIN).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/products/" + productId, ADMIN).status()).isEqualTo(404);
	}

	@Test
	void auditsWhoCreatedAProductThroughWhichChannel() {
		String productId = createProduct();
		List<AuditEntry> entries = this.audit.find(new AuditQueries.AuditFilter("product", productId, null, null), 0,
				10);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("product.created");
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.channel()).isEqualTo("api-basic");
			assertThat(entry.details()).contains("\"deviceClass\":\"III\"");
		});
	}

	@Test
	void refusesUnauthenticatedCallsWithAProblemDetail() {
		Api.Response refused = this.api.get("/api/v1/products");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(refused.json().get("title").asText()).isEqualTo("認証が必要です");
		assertThat(this.api.get("/api/v1/products", Api.basic("admin", "wrong-password-1")).status()).isEqualTo(401);
	}

	@Test
	void refusesCallsWithoutThePermissionWithAProblemDetail() {
		String viewer = TestUsers.ensure(this.users, Role.VIEWER);
		String auth = Api.basic(viewer, TestUsers.PASSWORD);
		assertThat(this.api.get("/api/v1/products", auth).status()).isEqualTo(200);
		Api.Response refused = this.api.post("/api/v1/products", product(model(), "II"), auth);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("title").asText()).isEqualTo("権限がありません");
		assertThat(this.api.get("/api/v1/audit", auth).status()).isEqualTo(403);
	}

	@Test
	void explainsABadDateParameter() {
		Api.Response refused = this.api.get("/api/v1/products?at=yesterday", ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asText()).contains("at").contains("yesterday");
	}

	@Test
	void answersAnUnknownPathWithAProblemDetail() {
		Api.Response missing = this.api.get("/api/v1/no-such-thing", ADMIN);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/products/" + UUID.randomUUID(), ADMIN).json().get("detail").asText())
			.contains("製品");
	}

	@Test
	void servesTheOpenApiDocument() {
		Api.Response document = this.api.get("/api/openapi", ADMIN);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").has("/api/v1/products")).isTrue();
		assertThat(this.api.get("/api/openapi").status()).isEqualTo(401);
	}

}
