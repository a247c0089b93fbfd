package dev.mamori.sbom.format.cyclonedx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mamori.sbom.model.SupportInfo;

/**
 * Support information as CycloneDX properties (P3, S5). CycloneDX has no field for it;
 * device makers write properties such as {@code Level of Support} and
 * {@code End-of-Support} (the case-study SBOMs do), others {@code EOS}, {@code EOL} or
 * {@code cdx:}-prefixed names. Names are matched case-insensitively, ignoring any
 * {@code prefix:} and treating {@code -}, {@code _} and spaces alike; the writer uses the
 * names in {@link #LEVEL}, {@link #END_OF_SUPPORT} and {@link #END_OF_LIFE}.
 */
final class SupportProperties {

	static final String LEVEL = "Level of Support";

	static final String END_OF_SUPPORT = "End-of-Support";

	static final String END_OF_LIFE = "End-of-Life";

	private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");

	/** What a property says about support. */
	enum Kind {

		LEVEL, END_OF_SUPPORT, END_OF_LIFE

	}

	private SupportProperties() {
	}

	/**
	 * The kind of a property by its name, or {@code null} when it is no support property.
	 */
	static Kind kindOf(String propertyName) {
		if (propertyName == null) {
			return null;
		}
		String name = propertyName.substring(propertyName.lastIndexOf(':') + 1)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[-_\\s]+", " ")
			.strip();
		return switch (name) {
			case "level of support", "support level", "support status" -> Kind.LEVEL;
			case "end of support", "end of support date", "eos", "eos date" -> Kind.END_OF_SUPPORT;
			case "end of life", "end of life date", "eol", "eol date" -> Kind.END_OF_LIFE;
			default -> null;
		};
	}

	/**
	 * Takes the support information out of a component's properties: the first value of
	 * each kind makes the {@link SupportInfo} (texts kept as given, dates filled when the
	 * text is one), and the properties it came from are removed, since the model now
	 * holds them; {@link SupportInfo#NONE} when there is none. An end of life that is no
	 * date stays a property: the model has no field for its text.
	 */
	static SupportInfo take(Map<String, String> properties) {
		String level = null;
		String endOfSupport = null;
		String endOfLife = null;
		Iterator<Map.Entry<String, String>> entries = properties.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, String> property = entries.next();
			Kind kind = kindOf(property.getKey());
			String value = firstLine(property.getValue());
			if (kind == null || value == null) {
				continue;
			}
			if (kind == Kind.LEVEL && level == null) {
				level = value;
			}
			else if (kind == Kind.END_OF_SUPPORT && endOfSupport == null) {
				endOfSupport = value;
			}
			else if (kind == Kind.END_OF_LIFE && endOfLife == null && parseDate(value) != null) {
				// The model keeps the end of life as a date only; text stays a property.
				endOfLife = value;
			}
			else {
				continue;
			}
			entries.remove();
		}
		if (level == null && endOfSupport == null && endOfLife == null) {
			return SupportInfo.NONE;
		}
		return new SupportInfo(level, endOfSupport, parseDate(endOfSupport), parseDate(endOfLife));
	}

	/**
	 * A date from text written as {@code 2028-03-31}, {@code 2028/3/31}, an ISO date-time
	 * (its date), or a month ({@code 2028-03}, {@code 2028/03}); {@code null} for
	 * anything else ("Until hardware support ends"). A month means its first day: Mamori
	 * never assumes support lasts longer than stated.
	 */
	static LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			Matcher full = FULL_DATE.matcher(value);
			if (full.matches()) {
				return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3)));
			}
			Matcher month = YEAR_MONTH.matcher(value);
			if (month.matches()) {
				return LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
			}
		}
		catch (DateTimeException ex) {
			// 2028-02-30 and the like: text, not a date.
		}
		return null;
	}

	/** Repeated properties are joined with line breaks in the model; take the first. */
	private static String firstLine(String value) {
		if (value == null) {
			return null;
		}
		int lineBreak = value.indexOf('\n');
		String first = ((lineBreak >= 0) ? value.substring(0, lineBreak) : value).strip();
		return first.isEmpty() ? null : first;
	}

}
