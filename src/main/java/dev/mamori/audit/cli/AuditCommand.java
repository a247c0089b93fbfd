package dev.mamori.audit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.mamori.audit.ChainVerification;
import dev.mamori.audit.internal.AuditEntryReader;
import dev.mamori.cli.CliMessages;
import dev.mamori.cli.ExitCode;
import dev.mamori.cli.JsonOutput;
import dev.mamori.database.DatabaseConnections;
import dev.mamori.database.DatabaseTarget;
import dev.mamori.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.jdbc.BadSqlGrammarException;

/** {@code mamori audit ...}: tools for the audit log. */
@Command(name = "audit", description = "Audit log tools / 監査ログ", subcommands = AuditCommand.Verify.class,
		mixinStandardHelpOptions = true)
public class AuditCommand {

	/**
	 * {@code mamori audit verify [--json] [--data DIR]}: checks the hash chain of the
	 * audit log. Uses {@code MAMORI_DB_URL} when set, otherwise the embedded database in
	 * the data directory (through the running server if there is one). Exit 0 when
	 * intact, 1 when broken, 2 when there is no database to check.
	 */
	@Command(name = "verify", description = "Verify the audit log's hash chain / 監査ログのハッシュチェーンを検証",
			mixinStandardHelpOptions = true)
	static class Verify implements Callable<Integer> {

		@Option(names = "--json", description = "Print the result as JSON")
		boolean json;

		@Option(names = "--data", paramLabel = "DIR",
				description = "Data directory of the embedded database (default ./mamori-data, or MAMORI_DATA_DIR)")
		Path data;

		@Spec
		CommandSpec spec;

		/** Where {@code MAMORI_DB_URL} and friends are read from (tests replace it). */
		Map<String, String> environment = System.getenv();

		@Override
		public Integer call() {
			CliMessages messages = CliMessages.fromEnvironment();
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			DatabaseTarget target = DatabaseTarget.from(this.environment, dataDirectory());
			if (target instanceof DatabaseTarget.Embedded embedded
					&& !Files.isDirectory(embedded.dataDirectory().resolve("postgres"))) {
				err.println(messages.get("cli.audit.noDatabase", embedded.dataDirectory()));
				return ExitCode.BAD_INPUT;
			}
			ChainVerification result;
			try (OpenDatabase database = DatabaseConnections.open(target)) {
				result = new AuditEntryReader(database.dataSource()).verify();
			}
			catch (BadSqlGrammarException ex) {
				err.println(messages.get("cli.audit.notMamori"));
				return ExitCode.BAD_INPUT;
			}
			if (this.json) {
				JsonOutput.print(out, document(result));
			}
			else {
				out.println(describe(result, messages));
			}
			return result.intact() ? ExitCode.OK : ExitCode.CHECK_FAILED;
		}

		/**
		 * {@code --data}, else {@code MAMORI_DATA_DIR}, else {@code ./mamori-data}, as
		 * for the server.
		 */
		private Path dataDirectory() {
			if (this.data != null) {
				return this.data;
			}
			String fromEnvironment = this.environment.get("MAMORI_DATA_DIR");
			return (fromEnvironment != null && !fromEnvironment.isBlank()) ? Path.of(fromEnvironment)
					: DatabaseTarget.DEFAULT_DATA_DIRECTORY;
		}

		static Map<String, Object> document(ChainVerification result) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("intact", result.intact());
			document.put("entriesChecked", result.entriesChecked());
			document.put("firstBroken", result.firstBroken());
			document.put("problem", (result.problem() != null) ? result.problem().name() : null);
			document.put("headHash", result.headHash());
			return document;
		}

		static String describe(ChainVerification result, CliMessages messages) {
			if (result.intact()) {
				return messages.get("audit.verify.intact", result.entriesChecked(),
						(result.headHash() != null) ? result.headHash() : "-");
			}
			return messages.get("audit.verify.broken", result.firstBroken(),
					messages.get("audit.problem." + result.problem().name()));
		}

	}

}
