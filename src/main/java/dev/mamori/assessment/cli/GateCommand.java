package dev.mamori.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori gate --server URL --product P --version V [--json] [--api-key KEY]}: asks
 * a server whether a product version passes the release gate (V4). Exit 0 passed, 1
 * failed, 2 bad input (unknown product or version, refused key, unreachable server). No
 * standard {@code --version} option: the version here is the product's.
 */
@Command(name = "gate", description = "Check a product version against the release gate / リリースゲートの判定")
public class GateCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Option(names = "--server", required = true, description = "The Mamori server, e.g. https://mamori.example")
	String server;

	@Option(names = "--product", required = true, description = "The product: id, name or model number")
	String product;

	@Option(names = "--version", required = true, description = "The product version: id or version string")
	String version;

	@Option(names = "--json", description = "Print the verdict as JSON")
	boolean json;

	@Option(names = "--api-key", description = "API key with the VULNERABILITY_READ permission (or MAMORI_API_KEY)")
	String apiKey;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
	boolean help;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		CliMessages messages = CliMessages.fromEnvironment();
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		String key = (this.apiKey != null) ? this.apiKey : System.getenv("MAMORI_API_KEY");
		HttpResponse<String> response;
		try {
			response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(30))
				.build()
				.send(request(key), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println(messages.get("cli.gate.serverUnreachable", this.server, ex.getMessage()));
			err.flush();
			return ExitCode.BAD_INPUT;
		}
		JsonNode body = parse(response.body());
		if (response.statusCode() != 200 || body == null || !body.has("passed")) {
			err.println(messages.get("cli.gate.serverRefused", response.statusCode(),
					(body != null) ? body.path("detail").asText("") : ""));
			err.flush();
			return ExitCode.BAD_INPUT;
		}
		if (this.json) {
			JsonOutput.print(out, body);
		}
		else {
			text(body, messages, out);
		}
		return body.get("passed").asBoolean() ? ExitCode.OK : ExitCode.CHECK_FAILED;
	}

	private HttpRequest request(String key) {
		String base = this.server.endsWith("/") ? this.server.substring(0, this.server.length() - 1) : this.server;
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI
				.create(base + "/api/v1/gate?product=" + encode(this.product) + "&version=" + encode(this.version)))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "application/json");
		if (key != null && !key.isBlank()) {
			request.header("X-Api-Key", key.strip());
		}
		return request.GET().build();
	}

	private static void text(JsonNode body, CliMessages messages, PrintWriter out) {
		String product = body.path("product").asText();
		String version = body.path("version").asText();
		String checkedAt = body.path("checkedAt").asText();
		if (body.get("passed").asBoolean()) {
			out.println(messages.get("cli.gate.passed", product, version, checkedAt));
		}
		else {
			out.println(messages.get("cli.gate.failed", product, version, body.path("blocking").size(), checkedAt));
			for (JsonNode finding : body.path("blocking")) {
				out.println(messages.get("cli.gate.blocking", finding.path("vulnerability").asText(),
						finding.path("severity").asText(), finding.path("component").asText(),
						messages.get("triage.state." + finding.path("state").asText())));
			}
		}
		out.flush();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
