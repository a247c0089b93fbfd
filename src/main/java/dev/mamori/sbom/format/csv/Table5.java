package dev.mamori.sbom.format.csv;

import java.util.List;
import java.util.Locale;

import dev.mamori.sbom.format.SbomFormats;

/**
 * The columns of Table 5 of the MHLW guide as Mamori writes and reads them, and the
 * vocabulary of its {@code relationship} column. A row's relationship describes that
 * row's relation to others: {@code primary} (the product the table describes),
 * {@code contained in N}, {@code depends on N}, {@code related to N} (any other declared
 * relationship), several separated by {@code ;}.
 */
final class Table5 {

	static final List<String> HEADER = List.of(SbomFormats.CSV_HEADER.split(","));

	/** The same columns as the guide's Japanese table names them. */
	static final List<String> JAPANESE_HEADER = List.of("ID", "サプライヤー名", "コンポーネント名", "バージョン", "固有識別子", "ハッシュ", "関係",
			"作成者", "タイムスタンプ");

	static final int ID = 0;

	static final int SUPPLIER = 1;

	static final int COMPONENT = 2;

	static final int VERSION = 3;

	static final int UNIQUE_IDENTIFIER = 4;

	static final int HASH = 5;

	static final int RELATIONSHIP = 6;

	static final int AUTHOR = 7;

	static final int TIMESTAMP = 8;

	static final String PRIMARY = "primary";

	static final String CONTAINED_IN = "contained in ";

	static final String DEPENDS_ON = "depends on ";

	static final String RELATED_TO = "related to ";

	/** Separates several values in one cell (hashes, relationships, authors). */
	static final String SEPARATOR = ";";

	private Table5() {
	}

	/**
	 * Whether a first row is the header, English or Japanese, ignoring case and spaces.
	 */
	static boolean isHeader(List<String> fields) {
		List<String> normalized = fields.stream().map(Table5::normalize).toList();
		return normalized.equals(HEADER.stream().map(Table5::normalize).toList())
				|| normalized.equals(JAPANESE_HEADER.stream().map(Table5::normalize).toList());
	}

	private static String normalize(String name) {
		return name.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

}
