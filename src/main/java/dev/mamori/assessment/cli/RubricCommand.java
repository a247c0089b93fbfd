package dev.mamori.assessment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.mamori.assessment.rubric.MetricDecision;
import dev.mamori.assessment.rubric.RubricDefinition;
import dev.mamori.assessment.rubric.RubricEvaluation;
import dev.mamori.assessment.rubric.RubricEvaluator;
import dev.mamori.assessment.rubric.RubricQuestion;
import dev.mamori.assessment.rules.AssessmentRules;
import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori rubric ANSWERS.json [--json]}: the medical CVSS rubric (V2), answers →
 * CVSS 3.1 vector, score and, per metric, the questions that decided it.
 * <p>
 * Exit 0 when the answers give a complete vector. Exit 2 for an unreadable file, an
 * answer that is not yes/no/unknown, an unknown question id, and for answers that leave a
 * metric undecided: the missing questions go to stderr on one line (and, with
 * {@code --json}, the partial result to stdout, so that a questionnaire can go on).
 */
@Command(name = "rubric", description = "Medical CVSS rubric: answers to vector and score / 医療機器向け CVSS ルーブリック",
		mixinStandardHelpOptions = true)
public class RubricCommand implements Callable<Integer> {

	@Parameters(paramLabel = "ANSWERS.json", description = "{\"answers\": {\"XAVN\": \"yes\", ...}}")
	Path file;

	@Option(names = "--json", description = "Print the result as JSON")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		CliMessages messages = CliMessages.fromEnvironment();
		RubricDefinition rubric = AssessmentRules.rubric();
		RubricEvaluation evaluation = RubricEvaluator.evaluate(rubric, AnswersFile.read(this.file));
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			JsonOutput.print(out, json(rubric, evaluation, messages.locale()));
		}
		else if (evaluation.complete()) {
			text(rubric, evaluation, messages, out);
		}
		if (!evaluation.complete()) {
			this.spec.commandLine()
				.getErr()
				.println(messages.get("cli.rubric.incomplete", String.join(", ", evaluation.missingQuestions())));
			return ExitCode.BAD_INPUT;
		}
		return ExitCode.OK;
	}

	static Map<String, Object> json(RubricDefinition rubric, RubricEvaluation evaluation, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("rubric", Map.of("id", rubric.id(), "version", rubric.version(), "status", rubric.status()));
		body.put("complete", evaluation.complete());
		if (evaluation.complete()) {
			body.putAll(CvssCommand.json(evaluation.cvss()));
		}
		List<Map<String, Object>> metrics = new ArrayList<>();
		for (MetricDecision decision : evaluation.decisions()) {
			Map<String, Object> metric = new LinkedHashMap<>();
			metric.put("metric", decision.metric());
			metric.put("value", decision.value());
			metric.put("path",
					decision.path()
						.stream()
						.map((step) -> Map.of("question", step.question(), "answer", step.answer().label()))
						.toList());
			metrics.add(metric);
		}
		body.put("metrics", metrics);
		body.put("missingQuestions", questions(rubric, evaluation.missingQuestions(), locale));
		body.put("unansweredRecordQuestions", questions(rubric, evaluation.unansweredRecordQuestions(), locale));
		body.put("ignoredAnswers", evaluation.ignoredAnswers());
		return body;
	}

	private static List<Map<String, String>> questions(RubricDefinition rubric, List<String> ids, Locale locale) {
		return ids.stream().map((id) -> {
			RubricQuestion question = rubric.question(id).orElseThrow();
			return Map.of("id", id, "text", Locale.ENGLISH.equals(locale) ? question.en() : question.ja());
		}).toList();
	}

	private static void text(RubricDefinition rubric, RubricEvaluation evaluation, CliMessages messages,
			PrintWriter out) {
		out.println(messages.get("cli.rubric.header", rubric.id(), rubric.version(),
				messages.get("rubric.status." + rubric.status())));
		out.println(messages.get("cli.cvss.vector", evaluation.cvss().version().label(), evaluation.cvss().vector()));
		out.println(messages.get("cli.cvss.base", evaluation.cvss().baseScore().toPlainString(),
				messages.get(evaluation.cvss().baseSeverity().messageCode())));
		for (MetricDecision decision : evaluation.decisions()) {
			out.println("  " + messages.get("cli.rubric.metric", decision.metric(), decision.value(),
					decision.path()
						.stream()
						.map((step) -> step.question() + "=" + step.answer().label())
						.collect(Collectors.joining(" → "))));
		}
		out.flush();
	}

}
