package dev.mamori.sbom.format.spdx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Small rules about SPDX text values shared by the readers and writers. */
final class SpdxText {

	static final String NOASSERTION = "NOASSERTION";

	static final String NONE = "NONE";

	private SpdxText() {
	}

	/** The value stripped, or {@code null} when it is absent or blank. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The value stripped, or {@code null} when it is absent, blank, {@code NOASSERTION}
	 * or {@code NONE}: SPDX's ways of saying "not known" and "there is none" both leave
	 * the model's field empty.
	 */
	static String asserted(String value) {
		String cleaned = clean(value);
		return (cleaned == null || isNoValue(cleaned)) ? null : cleaned;
	}

	static boolean isNoValue(String value) {
		return NOASSERTION.equalsIgnoreCase(value) || NONE.equalsIgnoreCase(value);
	}

	/**
	 * The name of an SPDX agent ({@code Organization: Acme (info@acme.example)},
	 * {@code Person: Jane Doe ()}, {@code Tool: syft-0.64.0}) without its prefix and
	 * without a trailing e-mail in parentheses; {@code null} for {@code NOASSERTION}. A
	 * trailing parenthesis that is not an e-mail ({@code Acme (Japan)}) is part of the
	 * name and kept.
	 */
	static String agentName(String value) {
		String name = asserted(value);
		if (name == null) {
			return null;
		}
		for (String prefix : new String[] { "Organization:", "Person:", "Tool:" }) {
			if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
				name = name.substring(prefix.length()).strip();
				break;
			}
		}
		if (name.endsWith(")")) {
			int open = name.lastIndexOf('(');
			if (open >= 0) {
				String inside = name.substring(open + 1, name.length() - 1).strip();
				if (inside.isEmpty() || inside.contains("@")) {
					name = name.substring(0, open);
				}
			}
		}
		return clean(name);
	}

	/**
	 * An SPDX date-time ({@code 2010-01-29T18:30:22Z}, with or without fraction or
	 * offset), or {@code null} when it cannot be read. Sloppy tools write it without a
	 * zone, or as a plain date: both are taken as UTC.
	 */
	static Instant instant(String value) {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			// fall through to the lenient forms
		}
		try {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// fall through
		}
		try {
			return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The UTC date of an SPDX date-time, or {@code null} when it cannot be read. */
	static LocalDate date(String value) {
		Instant instant = instant(value);
		return (instant != null) ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	/** Upper case without {@code -} and {@code _}, to compare vocabulary leniently. */
	static String vocabularyKey(String value) {
		return value.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

}
