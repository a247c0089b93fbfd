package dev.mamori.regulatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.Mamori;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori report decide CASE.json [--json]}: output fields and exit codes (R1, R2).
 */
class DecideCommandTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ISSUE_EXAMPLE = """
			{"origin": "DOMESTIC", "event": "HEALTH_DAMAGE", "outcome": "HOSPITALIZATION",
			 "potentialOutcome": null, "predictable": false, "trendUnpredictable": false, "trendChange": false,
			 "designatedDevice": false, "approvalDate": "2020-07-01", "causalitySuspected": true,
			 "cyber": {"vulnerableSoftwarePresent": true, "vulnerableSoftwareUsed": true,
			           "riskReducedNoHarmPossible": false},
			 "informationObtained": "2026-04-01"}
			""";

	@TempDir
	Path directory;

	record Run(int exitCode, String out, String err) {
	}

	Run run(String facts, String... options) throws IOException {
		Path file = this.directory.resolve("case.json");
		Files.writeString(file, facts);
		String[] arguments = new String[options.length + 3];
		arguments[0] = "report";
		arguments[1] = "decide";
		arguments[2] = file.toString();
		System.arraycopy(options, 0, arguments, 3, options.length);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Mamori.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exitCode, out.toString(), err.toString());
	}

	@Test
	void theIssueExampleIsAFifteenDayReportAsJson() throws IOException {
		Run run = run(ISSUE_EXAMPLE, "--json");
		assertThat(run.exitCode()).isZero();
		JsonNode json = JSON.readTree(run.out());
		assertThat(json.get("reportable").asBoolean()).isTrue();
		assertThat(json.get("category").asText()).isEqualTo("FIFTEEN_DAYS");
		assertThat(json.get("deadlineDays").asInt()).isEqualTo(15);
		assertThat(json.get("dueDate").asText()).isEqualTo("2026-04-16");
		assertThat(json.get("nextBusinessDay").isNull()).isTrue();
		assertThat(json.get("form").asText()).isEqualTo("8");
		assertThat(json.get("firstReportByFax").asBoolean()).isFalse();
		assertThat(json.get("ruleSet").asText()).isEqualTo("pmda-228-20-2/2026");
		assertThat(json.get("rule").asText()).isEqualTo("5");
		assertThat(json.get("article").asText()).isEqualTo("第2項第1号ハ");
		assertThat(json.get("reasons").get(0).get("ja").asText()).contains("第2項第1号ハ");
		assertThat(json.get("reasons").get(0).get("en").asText()).contains("serious case");
		assertThat(json.get("monitor").asBoolean()).isFalse();
	}

	@Test
	void aNotReportableDecisionStillExitsZero() throws IOException {
		Run run = run("""
				{"origin": "DOMESTIC", "event": "MALFUNCTION", "potentialOutcome": "SERIOUS",
				 "cyber": {"vulnerableSoftwarePresent": true, "vulnerableSoftwareUsed": false},
				 "informationObtained": "2026-04-01"}
				""", "--json");
		assertThat(run.exitCode()).isZero();
		JsonNode json = JSON.readTree(run.out());
		assertThat(json.get("category").asText()).isEqualTo("NOT_REPORTABLE");
		assertThat(json.get("form").isNull()).isTrue();
		assertThat(json.get("dueDate").isNull()).isTrue();
		assertThat(json.get("monitor").asBoolean()).isTrue();
	}

	@Test
	void printsTheDecisionAsTextByDefault() throws IOException {
		Run run = run(ISSUE_EXAMPLE.replace("2026-04-01", "2026-04-03"));
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("15日報告、様式 8").contains("期限: 2026-04-18").contains("翌業務日: 2026-04-20");
	}

	@Test
	void contradictoryFactsExitTwoWithAOneLineReason() throws IOException {
		Run run = run("""
				{"origin": "DOMESTIC", "event": "MALFUNCTION", "outcome": "DEATH", "potentialOutcome": "SERIOUS",
				 "informationObtained": "2026-04-01"}
				""");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n").contains("outcome");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void anUnknownValueOrFieldExitsTwo() throws IOException {
		Run run = run("""
				{"origin": "MARS", "event": "HEALTH_DAMAGE", "outcome": "DEATH", "informationObtained": "2026-04-01",
				 "colour": "red"}
				""");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("origin").contains("MARS").contains("colour");
	}

	@Test
	void aMissingFileExitsTwo() {
		StringWriter err = new StringWriter();
		int exitCode = Mamori.run(new String[] { "report", "decide", this.directory.resolve("none.json").toString() },
				new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
		assertThat(exitCode).isEqualTo(2);
	}

}
