package dev.mamori.sbom.format.swid;

import java.util.OptionalInt;

import dev.mamori.sbom.format.SbomReadException;

/**
 * Checks a streamed read against the archive's end-of-central-directory record. The
 * reader streams local entries and never relies on the directory for its limits; but a
 * streamed read of a damaged or truncated archive simply ends early, and tags would be
 * lost without a word, so the number of entries read is compared with the number the
 * record declares.
 */
final class ZipDirectory {

	private static final int END_RECORD_SIGNATURE = 0x06054b50;

	private static final int END_RECORD_LENGTH = 22;

	private static final int MAX_COMMENT_LENGTH = 0xFFFF;

	/** Zip64 archives put this in the record and the real count elsewhere. */
	private static final int ZIP64_MARKER = 0xFFFF;

	private ZipDirectory() {
	}

	/**
	 * @throws SbomReadException {@code sbom.read.swid.zip.truncated} when the archive has
	 * no end record, {@code sbom.read.swid.zip.incomplete} when fewer or more entries
	 * were read than it declares
	 */
	static void requireComplete(byte[] zip, int entriesRead) {
		int offset = endRecordOffset(zip);
		if (offset < 0) {
			throw new SbomReadException("sbom.read.swid.zip.truncated", null);
		}
		OptionalInt declared = declaredEntries(zip, offset);
		if (declared.isPresent() && declared.getAsInt() != entriesRead) {
			throw new SbomReadException("sbom.read.swid.zip.incomplete", null, declared.getAsInt(), entriesRead);
		}
	}

	private static int endRecordOffset(byte[] zip) {
		int lowest = Math.max(0, zip.length - END_RECORD_LENGTH - MAX_COMMENT_LENGTH);
		for (int offset = zip.length - END_RECORD_LENGTH; offset >= lowest; offset--) {
			if (littleEndian(zip, offset, 4) == END_RECORD_SIGNATURE) {
				return offset;
			}
		}
		return -1;
	}

	private static OptionalInt declaredEntries(byte[] zip, int endRecord) {
		int total = littleEndian(zip, endRecord + 10, 2);
		return (total == ZIP64_MARKER) ? OptionalInt.empty() : OptionalInt.of(total);
	}

	private static int littleEndian(byte[] bytes, int offset, int length) {
		int value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[offset + i] & 0xFF);
		}
		return value;
	}

}
