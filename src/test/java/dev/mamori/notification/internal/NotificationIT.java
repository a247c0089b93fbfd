package dev.mamori.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.AuditQueries;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.notification.delivery.WebhookSignature;
import dev.mamori.regulatory.ReportDeadlineReminder;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.Portfolio;
import dev.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications end to end (V1, R2): followers of a product are told of new findings that
 * reach their severity, in the application and by e-mail through a real SMTP exchange; a
 * webhook gets a signed post, retried after its receiver failed; safety officers are
 * reminded of report deadlines; "new since my last visit" counts from the last mark. This
 * class has its own application context: it sets an SMTP server.
 */
@MamoriServerTest
class NotificationIT {

	static final String ADMIN = Api.basic("admin", TestUsers.ADMIN_PASSWORD);

	static final ObjectMapper JSON = new ObjectMapper();

	static final FakeSmtpServer SMTP = new FakeSmtpServer();

	static final FakeWebhookReceiver RECEIVER = new FakeWebhookReceiver();

	static final String CRITICAL_VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

	static final String MEDIUM_VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N";

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("mamori.notification.mail-from", () -> "psirt@mamori.example");
		registry.add("mamori.notification.base-url", () -> "https://mamori.example");
		registry.add("mamori.notification.retry-delays", () -> "PT1S,PT1S");
		// the test sends the outbox itself
		registry.add("mamori.notification.delivery-initial-delay", () -> "PT1H");
		registry.add("mamori.notification.delivery-interval", () -> "PT1H");
	}

	@AfterAll
	static void stopChannels() throws Exception {
		SMTP.close();
		RECEIVER.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	AuditQueries audit;

	@Autowired
	DeliveryStore outbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	String psirt;

	String viewer;

	String productId;

	String versionId;

	String pkg;

	@BeforeEach
	void followedProductWithAnSbom() {
		this.api = new Api(this.port);
		this.psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		this.viewer = Api.basic(TestUsers.ensure(this.users, Role.VIEWER), TestUsers.PASSWORD);
		this.pkg = "notify-test-" + UUID.randomUUID().toString().substring(0, 8);
		Portfolio.Version version = Portfolio.withNpmPackage(this.api, ADMIN, "輸液ポンプ", "5.0", this.pkg, "1.0.0");
		this.productId = version.productId();
		this.versionId = version.versionId();
	}

	@Test
	void followersHearOfNewFindingsThatReachTheirSeverityInTheAppByMailAndByWebhook() throws Exception {
		assertThat(this.api
			.put("/api/v1/notifications/address", Json.object("email", "psirt@hospital.example"), this.psirt)
			.status()).isEqualTo(200);
		Api.Response follow = this.api.put("/api/v1/notifications/subscriptions/" + this.productId,
				Json.object("minSeverity", "HIGH", "email", true), this.psirt);
		assertThat(follow.status()).as(follow.body()).isEqualTo(200);
		assertThat(follow.json().get("productName").asText()).startsWith("輸液ポンプ");
		this.api.put("/api/v1/notifications/subscriptions/" + this.productId, Json.object("minSeverity", "ALL"),
				this.viewer);
		String secret = "webhook-secret-" + UUID.randomUUID();
		Api.Response hook = this.api.post("/api/v1/admin/notifications/webhooks",
				Json.object("name", "PSIRT chat", "url", RECEIVER.url("chat"), "secret", secret, "events",
						List.of("findings.changed"), "productId", this.productId),
				ADMIN);
		assertThat(hook.status()).as(hook.body()).isEqualTo(201);
		assertThat(hook.body()).doesNotContain(secret);

		String critical = importRecord(CRITICAL_VECTOR);
		awaitUntil(() -> inbox(this.psirt).toString().contains(critical));
		JsonNode notice = inbox(this.psirt).get("items").get(0);
		assertThat(notice.get("kind").asText()).isEqualTo("findings.changed");
		assertThat(notice.get("text").asText()).contains("輸液ポンプ", "5.0", "新しい検出 1 件", critical);
		assertThat(notice.get("path").asText())
			.isEqualTo("/products/" + this.productId + "/versions/" + this.versionId);
		awaitUntil(() -> inbox(this.viewer).toString().contains(critical));

		RECEIVER.answerNext("chat", 500);
		this.worker.sendDue();
		FakeSmtpServer.Message mail = SMTP.messages()
			.stream()
			.filter((message) -> message.recipients().contains("psirt@hospital.example"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(mail.data()).contains("psirt@mamori.example");
		assertThat(RECEIVER.posts("chat")).hasSize(1);
		assertThat(RECEIVER.posts("chat").get(0).answered()).isEqualTo(500);
		JsonNode failed = webhookDelivery();
		assertThat(failed.get("state").asText()).isEqualTo("PENDING");
		assertThat(failed.get("attempts").asInt()).isEqualTo(1);
		assertThat(failed.get("lastError").asText()).contains("500");

		sleep(1200);
		this.worker.sendDue();
		assertThat(RECEIVER.posts("chat")).hasSize(2);
		FakeWebhookReceiver.Post post = RECEIVER.posts("chat").get(1);
		assertThat(post.answered()).isEqualTo(200);
		assertThat(post.header("X-Mamori-Event")).isEqualTo("findings.changed");
		assertThat(post.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.sign(secret,
				Long.parseLong(post.header(WebhookSignature.TIMESTAMP_HEADER)), post.body()));
		JsonNode body = JSON.readTree(post.body());
		assertThat(body.get("event").asText()).isEqualTo("findings.changed");
		assertThat(body.get("url").asText())
			.isEqualTo("https://mamori.example/products/" + this.productId + "/versions/" + this.versionId);
		assertThat(body.get("data").get("highestScore").asDouble()).isEqualTo(9.8);
		assertThat(body.get("data").get("vulnerabilities").toString()).contains(critical);
		assertThat(webhookDelivery().get("state").asText()).isEqualTo("SENT");

		String medium = importRecord(MEDIUM_VECTOR);
		awaitUntil(() -> inbox(this.viewer).toString().contains(medium));
		assertThat(inbox(this.psirt).toString()).doesNotContain(medium);

		assertThat(this.audit.find(new AuditQueries.AuditFilter("product", this.productId, null, null), 0, 20))
			.extracting(AuditEntry::action)
			.contains("notification.subscribed");
	}

	@Test
	void aWebhookThatNeverAnswersIsGivenUpAfterItsLastAttempt() {
		this.api.post("/api/v1/admin/notifications/webhooks",
				Json.object("name", "down", "url", RECEIVER.url("down"), "productId", this.productId), ADMIN);
		importRecord(CRITICAL_VECTOR);
		awaitUntil(() -> webhookDelivery() != null);
		RECEIVER.answerNext("down", 503, 503, 503);
		this.worker.sendDue();
		sleep(1100);
		this.worker.sendDue();
		sleep(1100);
		this.worker.sendDue();
		JsonNode delivery = webhookDelivery();
		assertThat(delivery.get("state").asText()).isEqualTo("FAILED");
		assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
	}

	@Test
	void safetyOfficersAreRemindedOfReportDeadlines() {
		String officer = TestUsers.ensure(this.users, Role.SAFETY_OFFICER);
		String auth = Api.basic(officer, TestUsers.PASSWORD);
		String number = "MR-2026-" + (1000 + (int) (Math.random() * 8000));
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.events.publishEvent(new ReportDeadlineReminder(UUID.randomUUID(),
					number, "設定値の改ざん", "FIRST", "FIFTEEN_DAYS", LocalDate.of(2026, 12, 7), 3, "/reports/cases/x")));
		awaitUntil(() -> inbox(auth).toString().contains(number));
		JsonNode notice = inbox(auth).get("items").get(0);
		assertThat(notice.get("kind").asText()).isEqualTo("report.deadline");
		assertThat(notice.get("text").asText()).contains(number, "2026-12-07", "残り 3 日");
		assertThat(inbox(this.viewer).toString()).doesNotContain(number);
	}

	@Test
	void newFindingsCountFromTheLastTimeTheUserMarkedThemSeen() {
		importRecord(CRITICAL_VECTOR);
		JsonNode before = this.api.get("/api/v1/notifications/new-findings", this.viewer).json();
		assertThat(before.get("count").asInt()).isPositive();
		assertThat(before.get("findings").toString()).contains(this.pkg);
		assertThat(this.api.post("/api/v1/notifications/new-findings/seen", "", this.viewer).status()).isEqualTo(204);
		JsonNode after = this.api.get("/api/v1/notifications/new-findings", this.viewer).json();
		assertThat(after.get("count").asInt()).isZero();
	}

	@Test
	void refusesBadInputAndOtherPeoplesChannels() {
		assertThat(this.api.get("/api/v1/admin/notifications/webhooks", this.psirt).status()).isEqualTo(403);
		Api.Response badUrl = this.api.post("/api/v1/admin/notifications/webhooks",
				Json.object("name", "x", "url", "file:///etc/passwd"), ADMIN);
		assertThat(badUrl.status()).isEqualTo(400);
		assertThat(badUrl.body()).contains("url");
		assertThat(this.api
			.post("/api/v1/admin/notifications/webhooks",
					Json.object("name", "x", "url", RECEIVER.url("x"), "events", List.of("everything")), ADMIN)
			.status()).isEqualTo(400);
		assertThat(this.api.put("/api/v1/notifications/address", Json.object("email", "not an address"), this.psirt)
			.status()).isEqualTo(400);
		assertThat(this.api
			.put("/api/v1/notifications/subscriptions/" + UUID.randomUUID(), Json.object("minSeverity", "LOW"),
					this.psirt)
			.status()).isEqualTo(400);
		assertThat(this.api.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", "", this.psirt).status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/v1/notifications").status()).isEqualTo(401);
	}

	/**
	 * Imports one OSV record for the SBOM's package, with that vector; returns its CVE.
	 */
	String importRecord(String vector) {
		String cve = "CVE-2098-" + (10000 + (int) (Math.random() * 80000));
		String ghsa = "GHSA-" + UUID.randomUUID().toString().substring(0, 4) + "-noti-test";
		String job = Portfolio.queueImport(this.api, this.psirt, ghsa,
				Portfolio.osvRecord(ghsa, cve, this.pkg, "1.2.0", vector));
		awaitUntil(() -> "DONE".equals(this.api.get(job, this.psirt).json().get("state").asText()));
		return cve;
	}

	JsonNode inbox(String auth) {
		return this.api.get("/api/v1/notifications", auth).json();
	}

	/** The newest webhook delivery about this test's product, {@code null} when none. */
	JsonNode webhookDelivery() {
		for (JsonNode delivery : this.api.get("/api/v1/admin/notifications/deliveries", ADMIN).json()) {
			if (delivery.get("channel").asText().equals("WEBHOOK") && this.webhookBodies(delivery)) {
				return delivery;
			}
		}
		return null;
	}

	private boolean webhookBodies(JsonNode delivery) {
		return this.outbox.recent(500)
			.stream()
			.anyMatch((row) -> row.id().toString().equals(delivery.get("id").asText())
					&& row.body().contains(this.productId));
	}

	static void awaitUntil(BooleanSupplier condition) {
		for (int i = 0; i < 300; i++) {
			if (condition.getAsBoolean()) {
				return;
			}
			sleep(100);
		}
		throw new AssertionError("not within 30 s");
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
