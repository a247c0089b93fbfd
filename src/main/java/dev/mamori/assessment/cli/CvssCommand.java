package dev.mamori.assessment.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.mamori.assessment.scoring.CvssResult;
import dev.mamori.assessment.scoring.CvssScores;
import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori cvss VECTOR [--json]}: the scores of a CVSS 2.0, 3.0, 3.1 or 4.0 vector
 * (V2). Exit 0, or 2 with a one-line reason when the vector is invalid.
 */
@Command(name = "cvss", description = "Score a CVSS 2.0/3.0/3.1/4.0 vector / CVSS ベクトルを採点",
		mixinStandardHelpOptions = true)
public class CvssCommand implements Callable<Integer> {

	@Parameters(paramLabel = "VECTOR", description = "e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
	String vector;

	@Option(names = "--json", description = "Print the result as JSON")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		CvssResult result = CvssScores.score(this.vector);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			JsonOutput.print(out, json(result));
		}
		else {
			text(result, CliMessages.fromEnvironment(), out);
		}
		return ExitCode.OK;
	}

	/** The stable JSON form; absent scores are left out. */
	static Map<String, Object> json(CvssResult result) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", result.version().label());
		body.put("vector", result.vector());
		body.put("baseScore", result.baseScore());
		body.put("baseSeverity", result.baseSeverity().name());
		putIfPresent(body, "temporalScore", result.temporalScore());
		putIfPresent(body, "threatScore", result.threatScore());
		putIfPresent(body, "environmentalScore", result.environmentalScore());
		body.put("score", result.score());
		body.put("severity", result.severity().name());
		putIfPresent(body, "nomenclature", result.nomenclature());
		return body;
	}

	private static void putIfPresent(Map<String, Object> body, String name, Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	private static void text(CvssResult result, CliMessages messages, PrintWriter out) {
		out.println(messages.get("cli.cvss.vector", result.version().label(), result.vector()));
		out.println(messages.get("cli.cvss.base", plain(result.baseScore()),
				messages.get(result.baseSeverity().messageCode())));
		if (result.temporalScore() != null) {
			out.println(messages.get("cli.cvss.temporal", plain(result.temporalScore())));
		}
		if (result.threatScore() != null) {
			out.println(messages.get("cli.cvss.threat", plain(result.threatScore())));
		}
		if (result.environmentalScore() != null) {
			out.println(messages.get("cli.cvss.environmental", plain(result.environmentalScore())));
		}
		if (result.nomenclature() != null) {
			out.println(messages.get("cli.cvss.score", plain(result.score()),
					messages.get(result.severity().messageCode()), result.nomenclature()));
		}
		out.flush();
	}

	private static String plain(BigDecimal score) {
		return score.toPlainString();
	}

}
