package dev.mamori.regulatory.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.mamori.regulatory.rules.Category;
import dev.mamori.regulatory.rules.ReportRuleSet;
import org.junit.jupiter.api.Test;

/** The decision table is data, validated at load: a broken table never decides (R1). */
class ReportingRulesTest {

	static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static String table(String rows) {
		return "{\"id\": \"t\", \"version\": \"1\", \"source\": \"s\", \"rows\": [" + rows + "]}";
	}

	static final String LAST = "{\"rule\": \"15\", \"category\": \"NOT_REPORTABLE\", \"monitor\": true, \"when\": [{}], \"ja\": \"j\", \"en\": \"e\"}";

	@Test
	void theBundledTableHasTheSixteenRowsOfReportingMdInOrder() {
		ReportRuleSet table = ReportingRules.table();
		assertThat(table.id()).isEqualTo("pmda-228-20-2/2026");
		assertThat(table.rows()).extracting((row) -> row.rule())
			.containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
		assertThat(table.row("8").check()).isTrue();
		assertThat(table.row("5").article()).isEqualTo("第2項第1号ハ");
		assertThat(table.rows()).allSatisfy((row) -> {
			assertThat(row.reason().ja()).isNotBlank();
			assertThat(row.reason().en()).isNotBlank();
		});
		assertThat(table.rows()).filteredOn((row) -> row.category() == Category.FIFTEEN_DAYS).hasSize(7);
	}

	@Test
	void aMisspeltFactIsRefused() {
		String row = "{\"rule\": \"1\", \"article\": \"a\", \"category\": \"FIFTEEN_DAYS\", \"form\": \"8\", \"when\": [{\"evnt\": \"MALFUNCTION\"}], \"ja\": \"j\", \"en\": \"e\"}";
		assertThatIllegalStateException().isThrownBy(() -> ReportingRules.readTable(json(table(row + "," + LAST)), "x"))
			.withMessageContaining("unknown fact \"evnt\"");
	}

	@Test
	void aMisspeltValueIsRefused() {
		String row = "{\"rule\": \"1\", \"article\": \"a\", \"category\": \"FIFTEEN_DAYS\", \"form\": \"8\", \"when\": [{\"event\": \"MALFUNCTON\"}], \"ja\": \"j\", \"en\": \"e\"}";
		assertThatIllegalStateException().isThrownBy(() -> ReportingRules.readTable(json(table(row + "," + LAST)), "x"))
			.withMessageContaining("no value \"MALFUNCTON\"");
	}

	@Test
	void aReportableRowWithoutAFormIsRefused() {
		String row = "{\"rule\": \"1\", \"article\": \"a\", \"category\": \"FIFTEEN_DAYS\", \"when\": [{\"event\": \"MALFUNCTION\"}], \"ja\": \"j\", \"en\": \"e\"}";
		assertThatIllegalStateException().isThrownBy(() -> ReportingRules.readTable(json(table(row + "," + LAST)), "x"))
			.withMessageContaining("form");
	}

	@Test
	void aTableWhoseLastRowDoesNotMatchEverythingIsRefused() {
		String row = "{\"rule\": \"1\", \"article\": \"a\", \"category\": \"FIFTEEN_DAYS\", \"form\": \"8\", \"when\": [{\"event\": \"MALFUNCTION\"}], \"ja\": \"j\", \"en\": \"e\"}";
		assertThatIllegalStateException().isThrownBy(() -> ReportingRules.readTable(json(table(row)), "x"))
			.withMessageContaining("last rule");
	}

	@Test
	void aDuplicateHolidayIsRefused() {
		String calendar = "{\"id\": \"h\", \"version\": \"1\", \"source\": \"s\", \"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"yearEndClosure\": {}, \"holidays\": [{\"date\": \"2026-01-01\", \"name\": \"a\"}, {\"date\": \"2026-01-01\", \"name\": \"b\"}]}";
		assertThatIllegalStateException().isThrownBy(() -> ReportingRules.readHolidays(json(calendar), "h"))
			.withMessageContaining("twice");
	}

}
