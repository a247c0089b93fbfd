package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import dev.mamori.Mamori;
import dev.mamori.common.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** The CLI contract: exit codes and one-line reasons (DESIGN.md). */
class MamoriCommandTest {

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Mamori.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exitCode, out.toString(), err.toString());
	}

	@Test
	void printsItsVersionAndHelp() {
		assertThat(run("--version").exitCode()).isZero();
		Run help = run("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("serve").contains("audit");
	}

	@Test
	void answersAnUnknownCommandWithExitCodeTwoAndAReason() {
		Run unknown = run("frobnicate");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("引数が正しくありません").contains("frobnicate");
	}

	@Test
	void refusesAnImpossiblePortBeforeStartingAnything() {
		Run refused = run("serve", "--port", "70000");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("入力内容に誤りがあります（1 件）。 --port: ポート番号 70000 は使用できません（0〜65535）。");
	}

	@Test
	void saysRefusalsInEnglishToo() {
		CliMessages english = new CliMessages(Locale.ENGLISH);
		assertThat(english.describe(ValidationFailedException.of("--port", "cli.serve.badPort", 70000)))
			.isEqualTo("The input has errors (1). --port: Port 70000 cannot be used (0 to 65535).");
	}

}
