package dev.mamori.regulatory.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

import dev.mamori.regulatory.ruledata.ReportingRules;
import org.junit.jupiter.api.Test;

/**
 * The holiday data against the Act on National Holidays: fixed days, Happy Mondays,
 * equinoxes near 20/23 March and September, 振替休日 after a Sunday holiday, and 国民の休日
 * between two holidays. The calendar must be exactly what the rules give (R2).
 */
class HolidayCalendarTest {

	static final HolidayCalendar CALENDAR = ReportingRules.holidays();

	@Test
	void theCalendarCovers2025To2028() {
		assertThat(CALENDAR.covers(LocalDate.parse("2025-01-01"))).isTrue();
		assertThat(CALENDAR.covers(LocalDate.parse("2028-12-31"))).isTrue();
		assertThat(CALENDAR.covers(LocalDate.parse("2029-01-01"))).isFalse();
	}

	@Test
	void theDataIsExactlyWhatTheActGivesForEveryYear() {
		Map<LocalDate, String> expected = new TreeMap<>();
		for (int year = 2025; year <= 2028; year++) {
			expected.putAll(byTheAct(year));
		}
		assertThat(new TreeMap<>(CALENDAR.holidays())).isEqualTo(expected);
	}

	@Test
	void equinoxesAreNearTheirUsualDays() {
		CALENDAR.holidays().forEach((day, name) -> {
			if (name.equals("春分の日")) {
				assertThat(day.getDayOfMonth()).isBetween(19, 22);
			}
			if (name.equals("秋分の日")) {
				assertThat(day.getDayOfMonth()).isBetween(21, 24);
			}
		});
	}

	@Test
	void weekendsHolidaysAndTheYearEndClosureAreNotBusinessDays() {
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2026-04-18"))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2026-05-06"))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2026-09-22"))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2026-12-28"))).isTrue();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2026-12-29"))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2027-01-03"))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.parse("2027-01-04"))).isTrue();
		assertThat(CALENDAR.nextBusinessDayIfClosed(LocalDate.parse("2027-01-09")))
			.contains(LocalDate.parse("2027-01-12"));
	}

	/**
	 * The Act's rules, with the equinoxes taken from the data (they are astronomical).
	 */
	static Map<LocalDate, String> byTheAct(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		fixed(days, year, "01-01", "元日");
		days.put(monday(year, 1, 2), "成人の日");
		fixed(days, year, "02-11", "建国記念の日");
		fixed(days, year, "02-23", "天皇誕生日");
		days.put(equinox(year, 3, "春分の日"), "春分の日");
		fixed(days, year, "04-29", "昭和の日");
		fixed(days, year, "05-03", "憲法記念日");
		fixed(days, year, "05-04", "みどりの日");
		fixed(days, year, "05-05", "こどもの日");
		days.put(monday(year, 7, 3), "海の日");
		fixed(days, year, "08-11", "山の日");
		days.put(monday(year, 9, 3), "敬老の日");
		days.put(equinox(year, 9, "秋分の日"), "秋分の日");
		days.put(monday(year, 10, 2), "スポーツの日");
		fixed(days, year, "11-03", "文化の日");
		fixed(days, year, "11-23", "勤労感謝の日");
		Map<LocalDate, String> extra = new TreeMap<>();
		for (LocalDate day : days.keySet()) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				LocalDate substitute = day.plusDays(1);
				while (days.containsKey(substitute)) {
					substitute = substitute.plusDays(1);
				}
				extra.put(substitute, "振替休日");
			}
			LocalDate between = day.plusDays(1);
			if (!days.containsKey(between) && days.containsKey(between.plusDays(1))
					&& between.getDayOfWeek() != DayOfWeek.SUNDAY) {
				extra.put(between, "国民の休日");
			}
		}
		days.putAll(extra);
		return days;
	}

	private static void fixed(Map<LocalDate, String> days, int year, String monthDay, String name) {
		days.put(MonthDay.parse("--" + monthDay).atYear(year), name);
	}

	private static LocalDate monday(int year, int month, int nth) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
	}

	private static LocalDate equinox(int year, int month, String name) {
		return CALENDAR.holidays()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().getYear() == year && entry.getKey().getMonthValue() == month
					&& entry.getValue().equals(name))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + year));
	}

}
