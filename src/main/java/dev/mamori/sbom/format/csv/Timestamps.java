package dev.mamori.sbom.format.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp cell: ISO-8601 as the writer puts it ({@code 2025-07-23T20:23:25Z}), with
 * or without an offset, and what Excel turns dates into when a person edits the table
 * ({@code 2025/7/23 20:23}, {@code 2025/7/23}). A time without an offset is taken as UTC,
 * as in CycloneDX.
 */
final class Timestamps {

	private static final Pattern SLASHED = Pattern
		.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

	private Timestamps() {
	}

	/** The instant, or {@code null} when the text is not a date and time. */
	static Instant parse(String text) {
		String value = text.strip();
		try {
			Matcher slashed = SLASHED.matcher(value);
			if (slashed.matches()) {
				LocalDateTime local = LocalDateTime.of(number(slashed, 1), number(slashed, 2), number(slashed, 3),
						number(slashed, 4), number(slashed, 5), number(slashed, 6));
				return local.toInstant(ZoneOffset.UTC);
			}
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
					LocalDateTime::from);
			return (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int number(Matcher matcher, int group) {
		String digits = matcher.group(group);
		return (digits != null) ? Integer.parseInt(digits) : 0;
	}

}
