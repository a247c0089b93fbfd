package dev.mamori.sbom.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.sbom.diff.ComponentChange;
import dev.mamori.sbom.diff.DiffBodies;
import dev.mamori.sbom.diff.SbomDiff;
import dev.mamori.sbom.format.ExportFormat;
import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.quality.ComponentGaps;
import dev.mamori.sbom.quality.Element;
import dev.mamori.sbom.quality.NtiaCheck;
import dev.mamori.sbom.quality.NtiaJson;
import dev.mamori.sbom.quality.NtiaReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori sbom ...}: SBOM tools that need no server. */
@Command(name = "sbom", description = "SBOM tools / SBOM ツール", mixinStandardHelpOptions = true,
		subcommands = { SbomCommand.Check.class, SbomCommand.Diff.class, SbomCommand.Convert.class })
public class SbomCommand {

	/** How many components a text report lists before it says "and N more". */
	static final int LISTED = 20;

	/**
	 * {@code mamori sbom check FILE [--json]}: the NTIA minimum elements (S3). Exit 0
	 * when every required element is present, 1 when some are missing, 2 when the file
	 * cannot be read.
	 */
	@Command(name = "check", description = "Check the NTIA minimum elements / 最小限の要素を確認",
			mixinStandardHelpOptions = true)
	static class Check implements Callable<Integer> {

		@Parameters(paramLabel = "FILE", description = "CycloneDX, SPDX, SWID or Table 5 CSV")
		Path file;

		@Option(names = "--json", description = "Print the result as JSON")
		boolean json;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			CliMessages messages = CliMessages.fromEnvironment();
			SbomDocument document = SbomFiles.read(this.file);
			NtiaReport report = NtiaCheck.check(document);
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.json) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("format", SbomFiles.formatName(document.format()));
				result.put("specVersion", document.specVersion());
				result.put("components", document.components().size());
				result.put("ntia", NtiaJson.ntia(report));
				result.put("problems", NtiaJson.problems(report,
						(problem) -> messages.get(problem.code(), problem.arguments().toArray())));
				JsonOutput.print(out, result);
			}
			else {
				text(document, report, messages, out);
			}
			return report.complete() ? ExitCode.OK : ExitCode.CHECK_FAILED;
		}

		private static void text(SbomDocument document, NtiaReport report, CliMessages messages, PrintWriter out) {
			out.println(messages.get("cli.sbom.check.header", document.format().displayName(),
					Objects.requireNonNullElse(document.specVersion(), ""), document.components().size()));
			out.println(messages.get(report.complete() ? "cli.sbom.check.complete" : "cli.sbom.check.incomplete"));
			for (Element element : Element.values()) {
				out.println("  " + messages.get("sbom.element." + element) + ": "
						+ messages.get("cli.sbom.check.present", report.present(element), report.components())
						+ (element.required() ? "" : " " + messages.get("sbom.ntia.optional")));
			}
			List<ComponentGaps> gaps = report.componentsMissing();
			for (ComponentGaps gap : gaps.subList(0, Math.min(LISTED, gaps.size()))) {
				out.println("  - " + ((gap.name() != null) ? gap.name() : gap.ref()) + " "
						+ ((gap.version() != null) ? gap.version() : "") + ": " + String.join(", ",
								gap.missing().stream().map((e) -> messages.get("sbom.element." + e)).toList()));
			}
			if (gaps.size() > LISTED) {
				out.println("  " + messages.get("cli.sbom.more", gaps.size() - LISTED));
			}
			report.problems()
				.stream()
				.limit(LISTED)
				.forEach(
						(problem) -> out.println("  ! " + messages.get(problem.code(), problem.arguments().toArray())));
			if (report.problems().size() > LISTED) {
				out.println("  " + messages.get("cli.sbom.more", report.problems().size() - LISTED));
			}
			out.flush();
		}

	}

	/**
	 * {@code mamori sbom diff OLD NEW [--json]}: added, removed and changed components
	 * (S4).
	 */
	@Command(name = "diff", description = "Compare two SBOMs / 2 つの SBOM を比較", mixinStandardHelpOptions = true)
	static class Diff implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "OLD")
		Path before;

		@Parameters(index = "1", paramLabel = "NEW")
		Path after;

		@Option(names = "--json", description = "Print the result as JSON")
		boolean json;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			CliMessages messages = CliMessages.fromEnvironment();
			SbomDiff diff = SbomDiff.between(SbomFiles.read(this.before).components(),
					SbomFiles.read(this.after).components());
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.json) {
				JsonOutput.print(out, DiffBodies.diff(diff));
				return ExitCode.OK;
			}
			out.println(messages.get("sbom.diff.summary", diff.added().size(), diff.removed().size(),
					diff.changed().size(), diff.unchanged()));
			diff.added().forEach((component) -> out.println("+ " + describe(component)));
			diff.removed().forEach((component) -> out.println("- " + describe(component)));
			for (ComponentChange change : diff.changed()) {
				out.println("~ " + describe(change.before()) + " -> " + describe(change.after()) + " (" + String.join(
						", ",
						change.fields().stream().map((field) -> messages.get("sbom.diff.field." + field)).toList())
						+ ")");
			}
			out.flush();
			return ExitCode.OK;
		}

		private static String describe(SbomComponent component) {
			String name = (component.name() != null) ? component.name() : component.ref();
			return name + ((component.version() != null) ? " " + component.version() : "");
		}

	}

	/**
	 * {@code mamori sbom convert FILE --to FORMAT [-o OUT]}: write the SBOM in another
	 * format (S2).
	 */
	@Command(name = "convert", description = "Convert an SBOM / SBOM の形式を変換", mixinStandardHelpOptions = true)
	static class Convert implements Callable<Integer> {

		@Parameters(paramLabel = "FILE")
		Path file;

		@Option(names = "--to", required = true, paramLabel = "FORMAT",
				description = "cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tv or csv")
		String to;

		@Option(names = { "-o", "--output" }, paramLabel = "OUT",
				description = "Output file (default: standard output)")
		Path output;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			ExportFormat format = ExportFormat.fromCliName(this.to)
				.orElseThrow(() -> ValidationFailedException.of("--to", "sbom.export.unknownFormat", this.to));
			byte[] converted = SbomFormats.writerFor(format).write(SbomFiles.read(this.file));
			try {
				if (this.output != null) {
					Files.write(this.output, converted);
				}
				else {
					this.spec.commandLine().getOut().flush();
					OutputStream out = System.out;
					out.write(converted);
					out.flush();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return ExitCode.OK;
		}

	}

}
