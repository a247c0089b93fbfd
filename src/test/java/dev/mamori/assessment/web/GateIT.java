package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.access.Role;
import dev.mamori.assessment.cli.GateCommand;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The release gate (V4) over HTTP and from {@code mamori gate}: a severe finding in
 * triage or exploitable keeps it shut, documented evidence (not affected) opens it, and a
 * medium finding never blocks.
 */
@MamoriServerTest
class GateIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	Api api;

	String psirt;

	String apiKey;

	TriageFixture fixture;

	@BeforeEach
	void product() {
		this.api = new Api(this.port);
		this.psirt = Api.basic(TestUsers.ensure(this.users, Role.PSIRT), TestUsers.PASSWORD);
		String ci = TestUsers.ensure(this.users, Role.ENGINEER);
		this.apiKey = this.api
			.post("/api/v1/api-keys", Json.object("name", "gate-ci"), Api.basic(ci, TestUsers.PASSWORD))
			.json()
			.get("key")
			.asText();
		this.fixture = new TriageFixture(this.api);
	}

	@Test
	void aSevereFindingKeepsTheGateShutUntilItIsDocumentedNotAffected() {
		String version = this.fixture.version("4.0");
		String gate = this.fixture.base(version) + "/gate";
		assertThat(this.api.get(gate, this.apiKey).json().get("passed").asBoolean()).isTrue();
		String medium = this.fixture.vulnerability(TriageFixture.MEDIUM);
		assertThat(this.api.get(gate, this.apiKey).json().get("passed").asBoolean())
			.as("a medium finding in triage does not block")
			.isTrue();
		String critical = this.fixture.vulnerability(TriageFixture.CRITICAL);

		JsonNode shut = this.api.get(gate, this.apiKey).json();
		assertThat(shut.get("passed").asBoolean()).isFalse();
		assertThat(shut.get("blocking")).hasSize(1);
		JsonNode blocking = shut.get("blocking").get(0);
		assertThat(blocking.get("vulnerability").asText()).isEqualTo(critical);
		assertThat(blocking.get("severity").asText()).isEqualTo("critical");
		assertThat(blocking.get("state").asText()).isEqualTo("in_triage");
		assertThat(blocking.get("component").asText()).isEqualTo(this.fixture.pkg);
		assertThat(shut.get("checkedAt").asText()).isNotBlank();
		assertThat(medium).isNotEqualTo(critical);

		String analysis = this.fixture.base(version) + "/findings/" + blocking.get("findingId").asText() + "/analysis";
		this.api.put(analysis, Json.object("state", "exploitable", "responses", List.of("workaround_available"),
				"detail", "ファイアウォールで遮断可能", "reason", "再現"), this.psirt);
		assertThat(this.api.get(gate, this.apiKey).json().get("blocking").get(0).get("state").asText())
			.as("a workaround is not evidence that it cannot be exploited")
			.isEqualTo("exploitable");
		assertThat(run("--server", "http://localhost:" + this.port, "--product", this.fixture.productName, "--version",
				"4.0", "--api-key", this.apiKey)
			.exit()).isEqualTo(1);

		this.api.put(analysis,
				Json.object("state", "not_affected", "justification", "requires_environment", "reason", "院内閉域網でのみ使用"),
				this.psirt);
		assertThat(this.api.get(gate, this.apiKey).json().get("passed").asBoolean()).isTrue();
		Run passed = run("--server", "http://localhost:" + this.port + "/", "--product", this.fixture.productId,
				"--version", version, "--api-key", this.apiKey, "--json");
		assertThat(passed.exit()).as(passed.err()).isEqualTo(0);
		assertThat(json(passed.out()).get("passed").asBoolean()).isTrue();

		WebSession browser = new WebSession(this.port);
		browser.login("admin", TestUsers.ADMIN_PASSWORD);
		assertThat(browser.get("/products/" + this.fixture.productId + "/versions/" + version + "/gate-section").body())
			.contains("gate-passed");
	}

	@Test
	void theCliRefusesAnUnknownVersionOrAMissingKeyWithExitTwo() {
		this.fixture.version("5.0");
		Run unknown = run("--server", "http://localhost:" + this.port, "--product", this.fixture.productName,
				"--version", "9.9", "--api-key", this.apiKey);
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("404");
		assertThat(run("--server", "http://localhost:" + this.port, "--product", this.fixture.productName, "--version",
				"5.0", "--api-key", "mk_wrong")
			.exit()).isEqualTo(2);
		assertThat(run("--server", "http://localhost:1", "--product", "x", "--version", "y").exit()).isEqualTo(2);
		assertThat(run("--product", "x").exit()).isEqualTo(2);
	}

	record Run(int exit, String out, String err) {
	}

	static Run run(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine command = new CommandLine(new GateCommand());
		command.setOut(new PrintWriter(out));
		command.setErr(new PrintWriter(err));
		int exit = command.execute(arguments);
		return new Run(exit, out.toString(), err.toString());
	}

	static JsonNode json(String text) {
		try {
			return new ObjectMapper().readTree(text);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(text, ex);
		}
	}

}
