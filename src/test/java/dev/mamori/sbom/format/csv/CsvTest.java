package dev.mamori.sbom.format.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import dev.mamori.sbom.format.SbomReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 quoting, and cells that a spreadsheet must not run as formulas. */
class CsvTest {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		String line = Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rlf", ""));

		assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\",\r\n");
	}

	@Test
	void parsesWhatItWrites() {
		List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "輸液ポンプ", "", "=1+1", "'x");
		String text = Csv.line(fields) + Csv.line(List.of("second", "row"));

		List<Csv.Row> rows = Csv.parse(text);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).fields().stream().map(Csv::unescape).toList()).isEqualTo(fields);
		assertThat(rows.get(1).line()).isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://example.com\")", "+1", "-1", "@angular/core", "\tindent" })
	void escapesCellsThatWouldRunAsFormulas(String value) {
		String field = Csv.field(value);

		assertThat(field.replace("\"", "")).startsWith("'");
		assertThat(Csv.unescape(Csv.parse(field + "\r\n").get(0).fields().get(0))).isEqualTo(value);
	}

	@Test
	void keepsAValueThatStartsWithAnApostropheAsItIs() {
		assertThat(Csv.field("'=x")).isEqualTo("''=x");
		assertThat(Csv.unescape("''=x")).isEqualTo("'=x");
		assertThat(Csv.unescape("'plain")).isEqualTo("'plain");
	}

	@Test
	void readsLineFeedsAloneAndALastLineWithoutBreak() {
		List<Csv.Row> rows = Csv.parse("a,b\nc,d");

		assertThat(rows).extracting(Csv.Row::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
		assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2);
	}

	@Test
	void refusesAQuoteThatIsNeverClosedWithTheLineItOpensOn() {
		SbomReadException refusal = catchThrowableOfType(SbomReadException.class,
				() -> Csv.parse("a,b\r\nc,\"open\r\nstill open\r\n"));

		assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.unterminatedQuote");
		assertThat(refusal.arguments()).containsExactly(2);
		assertThat(refusal.location()).isEqualTo("line 2");
	}

	@Test
	void refusesTextAfterAClosingQuote() {
		SbomReadException refusal = catchThrowableOfType(SbomReadException.class,
				() -> Csv.parse("a,b\r\n\"c\"d,e\r\n"));

		assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.quote");
		assertThat(refusal.arguments()).containsExactly(2);
	}

}
