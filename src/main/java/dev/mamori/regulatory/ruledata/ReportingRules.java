package dev.mamori.regulatory.ruledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mamori.regulatory.rules.Category;
import dev.mamori.regulatory.rules.Condition;
import dev.mamori.regulatory.rules.HolidayCalendar;
import dev.mamori.regulatory.rules.Reason;
import dev.mamori.regulatory.rules.ReportRuleSet;
import dev.mamori.regulatory.rules.RuleRow;

/**
 * The decision table and the holiday calendar in the jar, each read and validated once,
 * on first use; a broken file fails with its name and what is wrong. The readers take any
 * stream, so an edited table can be checked before it ships.
 */
public final class ReportingRules {

	static final String TABLE = "rules/pmda-228-20-2-2026.json";

	static final String HOLIDAYS = "rules/jp-holidays.json";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private ReportingRules() {
	}

	public static ReportRuleSet table() {
		return BundledTable.TABLE;
	}

	public static HolidayCalendar holidays() {
		return BundledHolidays.CALENDAR;
	}

	public static ReportRuleSet readTable(InputStream in, String name) {
		return read(in, name, TableFile.class, TableFile::toRuleSet);
	}

	public static HolidayCalendar readHolidays(InputStream in, String name) {
		return read(in, name, HolidayFile.class, HolidayFile::toCalendar);
	}

	private static <F, R> R read(InputStream in, String name, Class<F> type, Function<F, R> convert) {
		try (in) {
			return convert.apply(JSON.readValue(in, type));
		}
		catch (IOException ex) {
			Throwable cause = (ex.getCause() instanceof IllegalArgumentException) ? ex.getCause() : ex;
			throw new IllegalStateException("Invalid rule set " + name + ": " + cause.getMessage(), ex);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("Invalid rule set " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static InputStream bundled(String path) {
		InputStream in = ReportingRules.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new UncheckedIOException(new IOException("rule set " + path + " is missing from the jar"));
		}
		return in;
	}

	private static final class BundledTable {

		static final ReportRuleSet TABLE = readTable(bundled(ReportingRules.TABLE), ReportingRules.TABLE);

	}

	private static final class BundledHolidays {

		static final HolidayCalendar CALENDAR = readHolidays(bundled(ReportingRules.HOLIDAYS), ReportingRules.HOLIDAYS);

	}

	record TableFile(String id, String version, String source, List<Row> rows) {

		ReportRuleSet toRuleSet() {
			return new ReportRuleSet(this.id, this.version, this.source, this.rows.stream().map(Row::toRow).toList());
		}

		record Row(String rule, String article, Category category, String form, boolean firstReportByFax,
				boolean monitor, boolean check, List<Map<String, JsonNode>> when, String ja, String en) {

			RuleRow toRow() {
				if (this.when == null) {
					throw new IllegalArgumentException("rule " + this.rule + " has no \"when\"");
				}
				return new RuleRow(this.rule, this.article, this.category, this.form, this.firstReportByFax,
						this.monitor, this.check, this.when.stream().map(Row::condition).toList(),
						new Reason(this.ja, this.en));
			}

			private static Condition condition(Map<String, JsonNode> facts) {
				Map<String, Set<String>> values = new LinkedHashMap<>();
				facts.forEach((name, node) -> {
					Set<String> allowed = new LinkedHashSet<>();
					if (node.isArray()) {
						node.forEach((item) -> allowed.add(item.asText()));
					}
					else if (node.isValueNode() && !node.isNull()) {
						allowed.add(node.asText());
					}
					else {
						throw new IllegalArgumentException("fact \"" + name + "\" must be a value or a list");
					}
					values.put(name, allowed);
				});
				return new Condition(values);
			}

		}

	}

	record HolidayFile(String id, String version, String source, LocalDate from, LocalDate to,
			Map<String, String> yearEndClosure, List<Holiday> holidays) {

		HolidayCalendar toCalendar() {
			Map<LocalDate, String> days = new LinkedHashMap<>();
			for (Holiday holiday : this.holidays) {
				if (days.put(holiday.date(), holiday.name()) != null) {
					throw new IllegalArgumentException("holiday " + holiday.date() + " appears twice");
				}
			}
			return new HolidayCalendar(this.id, this.version, this.from, this.to, days);
		}

		record Holiday(LocalDate date, String name) {
		}

	}

}
