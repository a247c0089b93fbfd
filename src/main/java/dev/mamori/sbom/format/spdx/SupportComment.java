package dev.mamori.sbom.format.spdx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.mamori.sbom.model.SupportInfo;

/**
 * The supplier's support statement (P3, S5) as lines of an SPDX package comment. SPDX 2.3
 * has only {@code validUntilDate}, a date; device SBOMs often state support as text
 * ("Until hardware support ends") and give a level and an end of life. The writers put
 * those in the comment as labelled lines, and the readers take them back from any comment
 * that has them.
 */
final class SupportComment {

	static final String LEVEL = "Support level: ";

	static final String END_OF_SUPPORT = "End of support: ";

	static final String END_OF_LIFE = "End of life: ";

	private SupportComment() {
	}

	/**
	 * The comment lines for a support statement, or {@code null} when there is nothing
	 * that {@code validUntilDate} does not already say.
	 * @param validUntilDate the {@code validUntilDate} written with it, or {@code null}
	 */
	static String format(SupportInfo support, String validUntilDate) {
		List<String> lines = new ArrayList<>(3);
		if (support.level() != null) {
			lines.add(LEVEL + oneLine(support.level()));
		}
		// What validUntilDate says already is not repeated.
		if (support.endOfSupport() != null && !support.endOfSupport().equals(validUntilDate)) {
			lines.add(END_OF_SUPPORT + oneLine(support.endOfSupport()));
		}
		if (support.endOfLife() != null) {
			lines.add(END_OF_LIFE + support.endOfLife());
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/**
	 * The support statement of a package: the labelled comment lines, with the date from
	 * {@code validUntilDate} when it has one.
	 * @param validUntilDate the date read from {@code validUntilDate}, or {@code null}
	 * @param validUntilText {@code validUntilDate} as written, or {@code null}
	 */
	static SupportInfo parse(String comment, LocalDate validUntilDate, String validUntilText) {
		String level = null;
		String endOfSupport = null;
		LocalDate endOfLife = null;
		if (comment != null && comment.contains(": ")) {
			for (String line : comment.split("\\R")) {
				String text = line.strip();
				if (text.startsWith(LEVEL)) {
					level = SpdxText.clean(text.substring(LEVEL.length()));
				}
				else if (text.startsWith(END_OF_SUPPORT)) {
					endOfSupport = SpdxText.clean(text.substring(END_OF_SUPPORT.length()));
				}
				else if (text.startsWith(END_OF_LIFE)) {
					endOfLife = localDate(text.substring(END_OF_LIFE.length()));
				}
			}
		}
		LocalDate endOfSupportDate = validUntilDate;
		if (endOfSupportDate == null && endOfSupport != null) {
			endOfSupportDate = localDate(endOfSupport);
		}
		if (endOfSupport == null) {
			endOfSupport = validUntilText;
		}
		SupportInfo support = new SupportInfo(level, endOfSupport, endOfSupportDate, endOfLife);
		return support.isEmpty() ? SupportInfo.NONE : support;
	}

	private static LocalDate localDate(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return SpdxText.date(text);
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}

}
