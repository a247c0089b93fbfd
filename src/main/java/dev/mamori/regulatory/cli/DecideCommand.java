package dev.mamori.regulatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import dev.mamori.regulatory.ruledata.ReportingRules;
import dev.mamori.regulatory.rules.Decision;
import dev.mamori.regulatory.rules.DecisionEngine;
import dev.mamori.regulatory.rules.Reason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori report decide CASE.json [--json]}: the facts of a case → the decision of
 * the bundled table {@code pmda-228-20-2/2026}. Exit 0 whatever the decision; 2 for
 * invalid or contradictory facts, with the reason on one line of stderr.
 */
@Command(name = "decide",
		description = "Decide whether a case is reportable, by when and on which form / 報告要否・期限・様式の判定",
		mixinStandardHelpOptions = true)
public class DecideCommand implements Callable<Integer> {

	@Parameters(paramLabel = "CASE.json", description = "The facts of the case (see docs/cli.md)")
	Path file;

	@Option(names = "--json", description = "Print the decision as JSON")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		CliMessages messages = CliMessages.fromEnvironment();
		Decision decision = DecisionEngine.decide(ReportingRules.table(), ReportingRules.holidays(),
				FactsFile.read(this.file));
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			JsonOutput.print(out, json(decision));
		}
		else {
			text(decision, messages, out);
		}
		return ExitCode.OK;
	}

	static Map<String, Object> json(Decision decision) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reportable", decision.reportable());
		body.put("category", decision.category().name());
		body.put("deadlineDays", decision.deadlineDays());
		body.put("dueDate", decision.dueDate());
		body.put("nextBusinessDay", decision.nextBusinessDay());
		body.put("form", decision.form());
		body.put("firstReportByFax", decision.firstReportByFax());
		body.put("ruleSet", decision.ruleSet());
		body.put("ruleSetVersion", decision.ruleSetVersion());
		body.put("rule", decision.rule());
		body.put("article", decision.article());
		body.put("reasons",
				decision.reasons().stream().map((reason) -> Map.of("ja", reason.ja(), "en", reason.en())).toList());
		body.put("monitor", decision.monitor());
		body.put("period", (decision.period() != null) ? Map.of("start", decision.period().start(), "end",
				decision.period().end(), "due", decision.period().due()) : null);
		return body;
	}

	private static void text(Decision decision, CliMessages messages, PrintWriter out) {
		out.println(messages.get("cli.report.decision", messages.get("report.category." + decision.category().name()),
				(decision.form() != null) ? decision.form() : "—", decision.rule(),
				(decision.article() != null) ? decision.article() : "—", decision.ruleSet(),
				decision.ruleSetVersion()));
		if (decision.dueDate() != null) {
			out.println(messages.get("cli.report.due", decision.dueDate().toString()));
		}
		if (decision.nextBusinessDay() != null) {
			out.println(messages.get("cli.report.nextBusinessDay", decision.nextBusinessDay().toString()));
		}
		if (decision.firstReportByFax()) {
			out.println(messages.get("cli.report.fax"));
		}
		if (decision.monitor()) {
			out.println(messages.get("cli.report.monitor"));
		}
		List<Reason> reasons = decision.reasons();
		for (Reason reason : reasons) {
			out.println("  - " + reason.in(messages.locale()));
		}
		out.flush();
	}

}
