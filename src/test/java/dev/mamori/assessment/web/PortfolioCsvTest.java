package dev.mamori.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted per RFC 4180, never read as a formula by a spreadsheet. */
class PortfolioCsvTest {

	@Test
	void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
		assertThat(PortfolioCsv.cell("plain")).isEqualTo("plain");
		assertThat(PortfolioCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(PortfolioCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(PortfolioCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void prefixesCellsASpreadsheetWouldTakeForAFormula() {
		assertThat(PortfolioCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
		assertThat(PortfolioCsv.cell("@scope/name")).isEqualTo("'@scope/name");
		assertThat(PortfolioCsv.cell("-1")).isEqualTo("'-1");
	}

}
