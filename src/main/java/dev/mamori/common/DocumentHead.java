package dev.mamori.common;

/**
 * Where an uploaded document's content starts, for format detection: after a UTF-8 byte
 * order mark (which editors on Windows add) and any leading white space.
 */
public final class DocumentHead {

	private DocumentHead() {
	}

	public static boolean hasUtf8ByteOrderMark(byte[] content) {
		return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF;
	}

	/** The index of the first byte past the byte order mark and leading white space. */
	public static int contentStart(byte[] content) {
		int index = hasUtf8ByteOrderMark(content) ? 3 : 0;
		while (index < content.length && Character.isWhitespace(content[index])) {
			index++;
		}
		return index;
	}

}
