package dev.mamori.sbom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditQueries;
import dev.mamori.common.Sha256;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** SBOM management over HTTP (issue 3: S1–S7, P3), on the embedded PostgreSQL. */
@MamoriServerTest
class SbomApiIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	Api api;

	String model;

	String productId;

	String versionId;

	static byte[] fixture(String name) {
		try (InputStream in = SbomApiIT.class.getResourceAsStream("/sbom/it/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void productAndVersion() {
		this.api = new Api(this.port);
		this.model = "S-" + UUID.randomUUID().toString().substring(0, 8);
		this.productId = this.api.post("/api/v1/products",
				Json.object("name", "輸液ポンプ " + this.model, "modelNumber", this.model, "genericName", "汎用輸液ポンプ",
						"deviceClass", "III", "intendedEnvironment", "HOSPITAL", "interfaces",
						List.of("WIRED_NETWORK")),
				ADMIN)
			.json()
			.get("id")
			.asText();
		this.versionId = this.api
			.post("/api/v1/products/" + this.productId + "/versions", Json.object("version", "2.0", "releaseDate",
					"2024-04-01", "eolDate", "2030-03-31", "eosDate", "2032-03-31"), ADMIN)
			.json()
			.get("id")
			.asText();
	}

	String base() {
		return "/api/v1/products/" + this.productId + "/versions/" + this.versionId;
	}

	Api.Response upload(String name) {
		return this.api.postBytes(base() + "/sboms?filename=" + name, "application/json", fixture(name), ADMIN);
	}

	@Test
	void storesEachUploadAsANewRevisionByteForByteWithItsCheck() {
		Api.Response first = upload("infusion-pump-r1.cdx.json");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		JsonNode document = first.json();
		assertThat(document.get("revision").asInt()).isEqualTo(1);
		assertThat(document.get("format").asText()).isEqualTo("CYCLONEDX_JSON");
		assertThat(document.get("specVersion").asText()).isEqualTo("1.6");
		assertThat(document.get("sha256").asText()).isEqualTo(Sha256.hex(fixture("infusion-pump-r1.cdx.json")));
		assertThat(document.get("ntia").get("components").asInt()).isEqualTo(4);
		assertThat(document.get("ntia").get("missing").get("hash").asInt()).as("firmware without hash").isEqualTo(1);
		assertThat(document.get("ntia").get("missing").get("supplier").asInt()).isZero();

		Api.Response second = upload("infusion-pump-r2.cdx.json");
		assertThat(second.json().get("revision").asInt()).isEqualTo(2);
		assertThat(this.api.get(base() + "/sboms", ADMIN).json()).hasSize(2);

		String firstId = document.get("id").asText();
		Api.Response content = this.api.get(base() + "/sboms/" + firstId + "/content", ADMIN);
		assertThat(content.body()).isEqualTo(new String(fixture("infusion-pump-r1.cdx.json"), StandardCharsets.UTF_8));
		assertThat(content.header("Content-Disposition")).contains("infusion-pump-r1.cdx.json");
		assertThat(this.audit
			.find(new AuditQueries.AuditFilter("productVersion", this.versionId, null, "sbom.imported"), 0, 5))
			.hasSize(2);
	}

	@Test
	void diffsTwoRevisions() {
		String first = upload("infusion-pump-r1.cdx.json").json().get("id").asText();
		String second = upload("infusion-pump-r2.cdx.json").json().get("id").asText();
		JsonNode diff = this.api.get("/api/v1/sbom-diff?from=" + first + "&to=" + second, ADMIN).json();
		assertThat(diff.get("added").findValuesAsText("name")).containsExactly("zlib");
		assertThat(diff.get("removed").findValuesAsText("name")).containsExactly("pump-control-firmware");
		JsonNode changed = diff.get("changed").get(0);
		assertThat(changed.get("after").get("version").asText()).isEqualTo("3.0.13");
		assertThat(changed.get("fields").toString()).contains("VERSION", "HASH", "LICENSE");
		assertThat(diff.get("unchanged").asInt()).isEqualTo(2);
	}

	@Test
	void exportsEveryFormatAndReimportsItWithItsMinimumElements() {
		upload("infusion-pump-r1.cdx.json");
		for (String format : List.of("cyclonedx-json", "cyclonedx-xml", "spdx-json", "spdx-tv", "csv")) {
			HttpResponse<byte[]> exported = raw(base() + "/sbom?format=" + format);
			assertThat(exported.statusCode()).as(format).isEqualTo(200);
			Api.Response reimported = this.api.postBytes(base() + "/sboms?filename=export." + format,
					"application/octet-stream", exported.body(), ADMIN);
			assertThat(reimported.status()).as(format + ": " + reimported.body()).isEqualTo(201);
			JsonNode missing = reimported.json().get("ntia").get("missing");
			assertThat(reimported.json().get("ntia").get("components").asInt()).as(format).isEqualTo(4);
			for (String element : List.of("supplier", "name", "version", "uniqueId", "relationships", "author",
					"timestamp")) {
				assertThat(missing.get(element).asInt()).as(format + " keeps " + element).isZero();
			}
		}
	}

	@Test
	void mergesAVendorSbomUnderTheComponentItDescribes() {
		upload("infusion-pump-r1.cdx.json");
		Api.Response attached = this.api.postBytes(base() + "/vendor-sboms?component=os&filename=windows.cdx.json",
				"application/json", fixture("windows-vendor.cdx.json"), ADMIN);
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		assertThat(attached.json().get("kind").asText()).isEqualTo("VENDOR");
		JsonNode components = this.api.get(base() + "/components", ADMIN).json().get("components");
		assertThat(components).hasSize(6);
		JsonNode edge = null;
		for (JsonNode component : components) {
			if (component.get("name").asText().contains("Edge")) {
				edge = component;
			}
		}
		assertThat(edge).isNotNull();
		assertThat(edge.get("suppliedBy").asText()).isEqualTo("Microsoft");
		assertThat(this.api.get("/api/v1/components?q=WebView2", ADMIN).json().findValuesAsText("versionId"))
			.contains(this.versionId);
	}

	@Test
	void flagsAComponentWhoseSupportEndsBeforeTheDevice() {
		upload("infusion-pump-r1.cdx.json");
		JsonNode flags = this.api.get(base() + "/components", ADMIN).json().get("supportFlags");
		assertThat(flags).singleElement().satisfies((flag) -> {
			assertThat(flag.get("component").asText()).isEqualTo("Windows 10 IoT Enterprise");
			assertThat(flag.get("endOfSupport").asText()).isEqualTo("2027-01-12");
			assertThat(flag.get("against").asText()).isEqualTo("EOL");
		});
		Api.Response entered = this.api.put("/api/v1/component-support",
				Json.object("componentKey", "pkg:generic/openssl/openssl", "version", "1.1.1k", "endOfSupport",
						"2023-09-11", "note", "OpenSSL release strategy"),
				ADMIN);
		assertThat(entered.status()).isEqualTo(200);
		assertThat(this.api.get(base() + "/components", ADMIN).json().get("supportFlags").findValuesAsText("component"))
			.contains("openssl");
	}

	@Test
	void findsEveryVersionContainingAComponent() {
		upload("infusion-pump-r1.cdx.json");
		assertThat(this.api.get("/api/v1/components?q=pkg:generic/openssl/openssl", ADMIN)
			.json()
			.findValuesAsText("versionId")).contains(this.versionId);
		assertThat(this.api.get("/api/v1/components?q=pkg:generic/openssl/openssl@1.1.1k", ADMIN)
			.json()
			.findValuesAsText("versionId")).contains(this.versionId);
		assertThat(this.api.get("/api/v1/components?q=pkg:generic/openssl/openssl@9.9.9", ADMIN).json()).isEmpty();
		assertThat(this.api.get("/api/v1/components?q=OPENSSL", ADMIN).json().findValuesAsText("version"))
			.contains("2.0");
	}

	@Test
	void refusesXmlWithADoctypeAndStoresNothing() {
		Api.Response refused = this.api.postBytes(base() + "/sboms", "application/xml", fixture("xxe.xml"), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asText()).contains("DOCTYPE");
		assertThat(this.api.get(base() + "/sboms", ADMIN).json()).isEmpty();
	}

	@Test
	void pointsAtTheProblemInMalformedJson() {
		Api.Response refused = this.api.postBytes(base() + "/sboms", "application/json",
				"{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  oops\n}"
					.getBytes(StandardCharsets.UTF_8),
				ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asText()).contains("4");
		assertThat(this.api.get(base() + "/sboms", ADMIN).json()).isEmpty();
	}

	@Test
	void refusesAnUploadOverTheLimitWith413() throws Exception {
		long size = 101L * 1024 * 1024;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + base() + "/sboms"))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(size)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.api.get(base() + "/sboms", ADMIN).json()).isEmpty();
	}

	@Test
	void turnsTwoConcurrentUploadsIntoTwoRevisions() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> uploads = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				uploads.add(() -> upload("infusion-pump-r1.cdx.json").status());
			}
			for (Future<Integer> status : pool.invokeAll(uploads)) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.api.get(base() + "/sboms", ADMIN).json().findValuesAsText("revision"))
			.containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void acceptsDependencyTrackUploadsAndCreatesTheVersion() {
		String bom = Base64.getEncoder().encodeToString(fixture("infusion-pump-r1.cdx.json"));
		Api.Response accepted = this.api.put("/api/v1/bom",
				Json.object("projectName", this.model, "projectVersion", "2.1.0", "autoCreate", true, "bom", bom),
				ADMIN);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		String token = accepted.json().get("token").asText();
		assertThat(this.api.get("/api/v1/bom/token/" + token, ADMIN).json().get("processing").asBoolean()).isFalse();
		assertThat(this.api.get("/api/v1/products/" + this.productId, ADMIN)
			.json()
			.get("versions")
			.findValuesAsText("version")).contains("2.1.0");

		Api.Response unknown = this.api.put("/api/v1/bom",
				Json.object("projectName", "no such product", "projectVersion", "1", "autoCreate", true, "bom", bom),
				ADMIN);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("message").asText()).contains("先に登録");
		Api.Response noVersion = this.api.put("/api/v1/bom",
				Json.object("projectName", this.model, "projectVersion", "9.9", "autoCreate", false, "bom", bom),
				ADMIN);
		assertThat(noVersion.status()).isEqualTo(400);
	}

	@Test
	void letsViewersReadButNotUpload() {
		String viewer = TestUsers.ensure(this.users, Role.VIEWER);
		String auth = Api.basic(viewer, TestUsers.PASSWORD);
		assertThat(this.api.get(base() + "/sboms", auth).status()).isEqualTo(200);
		assertThat(this.api.postBytes(base() + "/sboms", "application/json", fixture("infusion-pump-r1.cdx.json"), auth)
			.status()).isEqualTo(403);
	}

	private HttpResponse<byte[]> raw(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", ADMIN)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code size} zero bytes, produced as they are read. */
	static final class ZeroStream extends InputStream {

		private long remaining;

		ZeroStream(long size) {
			this.remaining = size;
		}

		@Override
		public int read() {
			if (this.remaining <= 0) {
				return -1;
			}
			this.remaining--;
			return '0';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.remaining <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.remaining);
			Arrays.fill(buffer, offset, offset + count, (byte) '0');
			this.remaining -= count;
			return count;
		}

	}

}
