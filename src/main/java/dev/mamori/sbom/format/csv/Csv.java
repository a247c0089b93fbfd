package dev.mamori.sbom.format.csv;

import java.util.ArrayList;
import java.util.List;

import dev.mamori.sbom.format.SbomReadException;

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF alone is read too); a
 * field holding a comma, a quote or a line break is quoted, its quotes doubled.
 * <p>
 * Cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, CR at the start; OWASP "CSV injection") are written with an apostrophe
 * before them, which Excel shows as text and hides; the reader removes it. A value that
 * itself starts with an apostrophe gets one more, so that reading gives back what was
 * written.
 */
final class Csv {

	static final String LINE_BREAK = "\r\n";

	private Csv() {
	}

	/** One record as a line, with its line break. */
	static String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(fields.get(i)));
		}
		return line.append(LINE_BREAK).toString();
	}

	static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = needsApostrophe(value) ? "'" + value : value;
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/** Undoes {@link #field}'s apostrophe. */
	static String unescape(String value) {
		if (value.length() >= 2 && value.charAt(0) == '\'' && needsApostrophe(value.substring(1))) {
			return value.substring(1);
		}
		return value;
	}

	private static boolean needsApostrophe(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\'';
	}

	/** A parsed record and the line it starts on (1-based). */
	record Row(int line, List<String> fields) {

		boolean isBlank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * Parses the whole text into records.
	 * @throws SbomReadException {@code sbom.read.csv.unterminatedQuote} or
	 * {@code sbom.read.csv.quote} with the line
	 */
	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int rowStart = 1;
		int i = 0;
		boolean afterSeparator = true;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.length() == 0 && afterSeparator) {
				int quoteLine = line;
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new SbomReadException("sbom.read.csv.unterminatedQuote", "line " + quoteLine, quoteLine);
					}
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (q == '\n') {
						line++;
					}
					field.append(q);
					i++;
				}
				if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
					throw new SbomReadException("sbom.read.csv.quote", "line " + line, line);
				}
				afterSeparator = false;
				continue;
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				afterSeparator = true;
				i++;
				continue;
			}
			if (c == '\r' || c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				rows.add(new Row(rowStart, List.copyOf(fields)));
				fields.clear();
				i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
				line++;
				rowStart = line;
				afterSeparator = true;
				continue;
			}
			field.append(c);
			afterSeparator = false;
			i++;
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(new Row(rowStart, List.copyOf(fields)));
		}
		return rows;
	}

}
