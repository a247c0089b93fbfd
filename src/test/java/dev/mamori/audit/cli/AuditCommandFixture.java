package dev.mamori.audit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;

/**
 * Runs {@code mamori audit verify} in-process with a given environment, capturing its
 * output.
 */
public final class AuditCommandFixture {

	private AuditCommandFixture() {
	}

	public static Result verify(Map<String, String> environment, String... arguments) {
		CommandLine command = new CommandLine(new AuditCommand());
		AuditCommand.Verify verify = command.getSubcommands().get("verify").getCommand();
		verify.environment = environment;
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		command.setOut(new PrintWriter(out, true));
		command.setErr(new PrintWriter(err, true));
		List<String> all = new ArrayList<>(List.of("verify"));
		all.addAll(List.of(arguments));
		int exitCode = command.execute(all.toArray(String[]::new));
		return new Result(exitCode, out.toString(), err.toString());
	}

	/** What the command returned and printed. */
	public record Result(int exitCode, String out, String err) {
	}

}
