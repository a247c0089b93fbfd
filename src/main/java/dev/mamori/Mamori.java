package dev.mamori;

import java.io.PrintWriter;

import dev.mamori.assessment.cli.CvssCommand;
import dev.mamori.assessment.cli.GateCommand;
import dev.mamori.assessment.cli.RubricCommand;
import dev.mamori.audit.cli.AuditCommand;
import dev.mamori.cli.CliLogging;
import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.common.DomainException;
import dev.mamori.regulatory.cli.ReportCommand;
import dev.mamori.sbom.cli.SbomCommand;
import dev.mamori.vulnerability.cli.FeedsCommand;
import dev.mamori.vulnerability.cli.ScanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code mamori} command: {@code serve} starts the server; every other command is a
 * tool that runs without Spring. Exit codes follow the CLI contract: 0 success, 1 check
 * failed, 2 bad input or usage (with a one-line reason on stderr), 3 internal error.
 */
@Command(name = "mamori", mixinStandardHelpOptions = true, versionProvider = Mamori.Version.class,
		description = "Mamori: product security for medical device manufacturers / 医療機器製造販売業者のための製品セキュリティ基盤",
		subcommands = { ServeCommand.class, SbomCommand.class, FeedsCommand.class, ScanCommand.class, CvssCommand.class,
				RubricCommand.class, GateCommand.class, AuditCommand.class, ReportCommand.class })
public final class Mamori {

	public static void main(String[] args) {
		CliLogging.quiet();
		int exitCode = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
		if (!(ServeCommand.isServing())) {
			System.exit(exitCode);
		}
	}

	/**
	 * Runs a command and returns its exit code; the server, once started, keeps running.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CliMessages messages = CliMessages.fromEnvironment();
		CommandLine command = new CommandLine(new Mamori());
		command.setOut(out);
		command.setErr(err);
		command.setParameterExceptionHandler((failure, arguments) -> {
			err.println(messages.get("cli.usage", failure.getMessage()));
			return ExitCode.BAD_INPUT;
		});
		command.setExecutionExceptionHandler((failure, cmd, parsed) -> {
			if (failure instanceof DomainException refusal) {
				err.println(messages.describe(refusal));
				return ExitCode.BAD_INPUT;
			}
			err.println(messages.get("cli.internalError", String.valueOf(failure.getMessage())));
			failure.printStackTrace(err);
			return ExitCode.INTERNAL_ERROR;
		});
		return command.execute(args);
	}

	/** The version from the jar's manifest. */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = Mamori.class.getPackage().getImplementationVersion();
			return new String[] { "Mamori " + ((version != null) ? version : "development build") };
		}

	}

}
