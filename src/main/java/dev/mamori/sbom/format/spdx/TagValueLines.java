package dev.mamori.sbom.format.spdx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.mamori.sbom.format.SbomReadException;

/**
 * Splits SPDX tag-value text into {@code Tag: value} pairs. Blank lines and {@code #}
 * comments are skipped; a value in {@code <text>…</text>} may span lines and is returned
 * without the markers. A line that is neither, or a {@code <text>} never closed, is
 * refused with its line number.
 */
final class TagValueLines {

	/** A tag and its value (stripped; multi-line text as written), at a line. */
	record Tag(String name, String value, int line) {

		String location() {
			return "line " + this.line;
		}

	}

	private static final String OPEN = "<text>";

	private static final String CLOSE = "</text>";

	private TagValueLines() {
	}

	static List<Tag> parse(byte[] content) {
		int start = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		String[] lines = new String(content, start, content.length - start, StandardCharsets.UTF_8).split("\r?\n", -1);
		List<Tag> tags = new ArrayList<>(lines.length);
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index].strip();
			if (line.isEmpty() || line.charAt(0) == '#') {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0 || !isTagName(line, colon)) {
				throw new SbomReadException("sbom.spdx.tv.malformedLine", "line " + (index + 1), index + 1);
			}
			String name = line.substring(0, colon);
			String value = line.substring(colon + 1).strip();
			int lineNumber = index + 1;
			if (value.startsWith(OPEN)) {
				StringBuilder text = new StringBuilder(value.substring(OPEN.length()));
				int close = text.indexOf(CLOSE);
				while (close < 0) {
					index++;
					if (index >= lines.length) {
						throw new SbomReadException("sbom.spdx.tv.unclosedText", "line " + lineNumber, lineNumber);
					}
					text.append('\n').append(lines[index]);
					close = text.indexOf(CLOSE);
				}
				value = text.substring(0, close);
			}
			tags.add(new Tag(name, value, lineNumber));
		}
		return tags;
	}

	private static boolean isTagName(String line, int colon) {
		for (int i = 0; i < colon; i++) {
			char c = line.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
				return false;
			}
		}
		return true;
	}

}
