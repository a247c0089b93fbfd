package dev.mamori.assessment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.Mamori;
import dev.mamori.assessment.scoring.CvssScores;
import dev.mamori.assessment.scoring.InvalidCvssVectorException;
import dev.mamori.cli.CliMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori cvss} and {@code mamori rubric}: output, JSON and exit codes (V2). */
class AssessmentCommandsTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path directory;

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Mamori.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exitCode, out.toString(), err.toString());
	}

	@Test
	void printsTheScoresOfAVector() {
		Run run = run("cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("CVSS 3.1: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
			.contains("基本値: 9.8（緊急）");
	}

	@Test
	void printsVersionFourAsJsonWithItsNomenclature() throws IOException {
		Run run = run("cvss", "--json", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P");
		assertThat(run.exitCode()).isZero();
		JsonNode json = JSON.readTree(run.out());
		assertThat(json.get("version").asText()).isEqualTo("4.0");
		assertThat(json.get("baseScore").decimalValue()).isEqualByComparingTo("9.3");
		assertThat(json.get("baseSeverity").asText()).isEqualTo("CRITICAL");
		assertThat(json.get("nomenclature").asText()).isEqualTo("CVSS-BT");
		assertThat(json.get("threatScore").decimalValue()).isEqualByComparingTo(json.get("score").decimalValue());
		assertThat(json.has("temporalScore")).isFalse();
		assertThat(json.has("environmentalScore")).isFalse();
	}

	@Test
	void printsTemporalAndEnvironmentalScoresOfVersionTwo() throws IOException {
		JsonNode json = JSON.readTree(
				run("cvss", "--json", "AV:A/AC:H/Au:S/C:N/I:P/A:P/E:POC/RL:OF/RC:C/CDP:LM/TD:M/CR:M/IR:L/AR:L").out());
		assertThat(json.get("baseScore").decimalValue()).isEqualByComparingTo("2.9");
		assertThat(json.get("temporalScore").decimalValue()).isEqualByComparingTo("2.3");
		assertThat(json.get("environmentalScore").decimalValue()).isEqualByComparingTo("2.8");
	}

	@Test
	void refusesAnInvalidVectorWithExitCodeTwoAndAOneLineReason() {
		Run run = run("cvss", "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().strip()).isEqualTo("CVSS ベクトルの「AV:Q」は、このメトリクスに使えない値です。");
	}

	@Test
	void saysWhyAVectorIsInvalidInEnglishToo() {
		try {
			CvssScores.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H");
		}
		catch (InvalidCvssVectorException refusal) {
			assertThat(new CliMessages(Locale.ENGLISH).describe(refusal))
				.isEqualTo("The CVSS vector lacks the base metric(s) S.");
			return;
		}
		throw new AssertionError("not refused");
	}

	@Test
	void turnsCompleteAnswersIntoAVectorWithThePathOfEachMetric() throws IOException {
		Path answers = answers("""
				{"answers": {"XAVN": "yes", "XAVT": "yes", "XACL": "yes", "XPRL": "no", "XUI": "no", "XS": "no",
				 "XCP": "yes", "XCPM": "no", "XCD": "no", "XCT": "no", "XCW": "no", "XCS": "no", "XCO": "no",
				 "XIP": "no", "XID": "no", "XIT": "yes", "XIW": "no", "XIS": "no", "XIO": "no",
				 "XAP": "no", "XAD": "no", "XAT": "unknown", "XAW": "no", "XAS": "no", "XAO": "no"}}
				""");
		Run text = run("rubric", answers.toString());
		assertThat(text.exitCode()).isZero();
		assertThat(text.out()).contains("medical-rubric-2019-draft1")
			.contains("草案")
			.contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:H/A:H")
			.contains("AV = N: XAVN=yes → XAVT=yes");
		Run json = run("rubric", "--json", answers.toString());
		JsonNode result = JSON.readTree(json.out());
		assertThat(result.get("complete").asBoolean()).isTrue();
		assertThat(result.get("rubric").get("id").asText()).isEqualTo("medical-rubric-2019-draft1");
		assertThat(result.get("vector").asText()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:H/A:H");
		assertThat(result.get("baseScore").decimalValue()).isEqualByComparingTo("9.4");
		assertThat(result.get("metrics").get(5).get("path").get(1).get("question").asText()).isEqualTo("XCPM");
	}

	@Test
	void listsTheMissingQuestionsOfIncompleteAnswersWithExitCodeTwo() throws IOException {
		Path answers = answers("{\"answers\": {\"XAVN\": \"yes\"}}");
		Run text = run("rubric", answers.toString());
		assertThat(text.exitCode()).isEqualTo(2);
		assertThat(text.err()).startsWith("回答が足りず CVSS ベクトルが決まりません。未回答の質問: XAVT, XACL, XPRL, XUI, XS, XCP");
		Run json = run("rubric", "--json", answers.toString());
		assertThat(json.exitCode()).isEqualTo(2);
		JsonNode result = JSON.readTree(json.out());
		assertThat(result.get("complete").asBoolean()).isFalse();
		assertThat(result.get("missingQuestions").get(0).get("id").asText()).isEqualTo("XAVT");
		assertThat(result.get("missingQuestions").get(0).get("text").asText()).contains("OSI");
	}

	@Test
	void refusesUnknownQuestionsBadAnswersAndUnreadableFiles() throws IOException {
		Run unknown = run("rubric", answers("{\"answers\": {\"XAVN\": \"yes\", \"XNOPE\": \"no\"}}").toString());
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err().strip()).isEqualTo("ルーブリック medical-rubric-2019-draft1 にない質問 ID です: XNOPE");
		Run bad = run("rubric", answers("{\"answers\": {\"XAVN\": \"maybe\"}}").toString());
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("maybe");
		assertThat(run("rubric", answers("not json").toString()).exitCode()).isEqualTo(2);
		assertThat(run("rubric", answers("{\"XAVN\": \"yes\"}").toString()).err()).contains("answers");
		assertThat(run("rubric", this.directory.resolve("absent.json").toString()).exitCode()).isEqualTo(2);
	}

	private Path answers(String json) throws IOException {
		Path file = Files.createTempFile(this.directory, "answers", ".json");
		Files.writeString(file, json);
		return file;
	}

}
