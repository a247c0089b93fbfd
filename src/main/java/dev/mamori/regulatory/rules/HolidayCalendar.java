package dev.mamori.regulatory.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Japan's non-business days: Saturdays, Sundays, the national holidays (with substitute
 * holidays and 国民の休日) listed in the data for the years it covers, and the year-end
 * closure 12/29–1/3. Outside the covered years only weekends and the closure are known,
 * which {@link #covers} tells the caller so that it can say so.
 */
public record HolidayCalendar(String id, String version, LocalDate from, LocalDate to,
		Map<LocalDate, String> holidays) {

	private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);

	private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);

	public HolidayCalendar {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		holidays = new TreeMap<>(holidays);
		for (LocalDate day : holidays.keySet()) {
			if (day.isBefore(from) || day.isAfter(to)) {
				throw new IllegalArgumentException("holiday " + day + " is outside " + from + ".." + to);
			}
		}
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	public Optional<String> holiday(LocalDate day) {
		return Optional.ofNullable(this.holidays.get(day));
	}

	public boolean isBusinessDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		MonthDay monthDay = MonthDay.from(day);
		boolean closure = !monthDay.isBefore(CLOSURE_START) || !monthDay.isAfter(CLOSURE_END);
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !closure
				&& !this.holidays.containsKey(day);
	}

	/**
	 * The first business day after {@code day}, when {@code day} is not one; else empty.
	 */
	public Optional<LocalDate> nextBusinessDayIfClosed(LocalDate day) {
		if (isBusinessDay(day)) {
			return Optional.empty();
		}
		LocalDate next = day.plusDays(1);
		while (!isBusinessDay(next)) {
			next = next.plusDays(1);
		}
		return Optional.of(next);
	}

}
