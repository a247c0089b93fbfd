package dev.mamori.sbom.quality;

/**
 * The minimum elements of an SBOM (NTIA; Table 4 of the guide). {@link #HASH} is
 * optional: it is reported, but its absence does not make an SBOM incomplete.
 */
public enum Element {

	/** ソフトウェアコンポーネントのサプライヤーの名前. */
	SUPPLIER(true, "supplier"),

	/** ソフトウェアコンポーネントの名前. */
	NAME(true, "name"),

	/** ソフトウェアコンポーネントのバージョン. */
	VERSION(true, "version"),

	/** 固有識別子: purl, CPE or SWID tag id. */
	UNIQUE_ID(true, "uniqueId"),

	/** 関係: the component takes part in at least one relationship. */
	RELATIONSHIPS(true, "relationships"),

	/** 作成者名: of the SBOM data. */
	AUTHOR(true, "author"),

	/** タイムスタンプ: when the SBOM data was assembled. */
	TIMESTAMP(true, "timestamp"),

	/** コンポーネントハッシュ (optional). */
	HASH(false, "hash");

	private final boolean required;

	private final String jsonName;

	Element(boolean required, String jsonName) {
		this.required = required;
		this.jsonName = jsonName;
	}

	public boolean required() {
		return this.required;
	}

	/** The name used in JSON output ({@code uniqueId}, not {@code UNIQUE_ID}). */
	public String jsonName() {
		return this.jsonName;
	}

}
