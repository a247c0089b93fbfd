package dev.mamori.regulatory.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * Deadline arithmetic of 第228条の20 第2項.
 * <ul>
 * <li>15 and 30 days (民法 第140条, the first day is not counted): day 0 is the date the
 * information was obtained; the deadline is the end of day 15 or 30, so obtained
 * 2026-04-01 gives 2026-04-16 and 2026-05-01.</li>
 * <li>Periodic (「承認を受けた日等から一年以内ごとに、その期間の満了後二月以内」): yearly periods start on the approval
 * date and on each anniversary; a period ends the day before the next anniversary. The
 * information belongs to the period whose start is the latest anniversary on or before
 * the information date. The report is due two months after the period ends (民法 第143条):
 * the day before the same day of the month two months after the first day following the
 * period, i.e. period 2025-07-01..2026-06-30 → due 2026-08-31. An approval on 29 February
 * has its anniversary on 1 March in common years (民法 第143条 第2項: a period without the
 * corresponding day ends at the end of the month).</li>
 * </ul>
 */
public final class Deadlines {

	private Deadlines() {
	}

	public static LocalDate daysAfter(LocalDate informationObtained, int days) {
		return informationObtained.plusDays(days);
	}

	/**
	 * The yearly period that contains {@code day}; {@code day} is on or after approval.
	 */
	public static Period periodContaining(LocalDate approval, LocalDate day) {
		if (day.isBefore(approval)) {
			throw new IllegalArgumentException("the day " + day + " is before the approval date " + approval);
		}
		int years = day.getYear() - approval.getYear();
		while (years > 0 && anniversary(approval, years).isAfter(day)) {
			years--;
		}
		LocalDate start = anniversary(approval, years);
		LocalDate end = anniversary(approval, years + 1).minusDays(1);
		return new Period(start, end, end.plusDays(1).plusMonths(2).minusDays(1));
	}

	static LocalDate anniversary(LocalDate approval, int years) {
		LocalDate anniversary = approval.plusYears(years);
		boolean leapDayLost = approval.getMonth() == Month.FEBRUARY && approval.getDayOfMonth() == 29
				&& anniversary.getDayOfMonth() == 28;
		return leapDayLost ? anniversary.plusDays(1) : anniversary;
	}

	/** A yearly reporting period and the last day to report on it. */
	public record Period(LocalDate start, LocalDate end, LocalDate due) {
	}

}
