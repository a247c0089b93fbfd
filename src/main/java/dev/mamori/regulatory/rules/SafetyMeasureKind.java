package dev.mamori.regulatory.rules;

/** 安全確保措置 (R7). */
public enum SafetyMeasureKind {

	/** 医療機関への情報提供. */
	INFORMATION_TO_HOSPITALS,
	/** 回収・改修. */
	RECALL_REPAIR,
	/** 注意事項等情報 (添付文書) の改訂. */
	IFU_REVISION,
	/** 販売の中止. */
	STOP_SALE,
	/** 製造の中止. */
	STOP_PRODUCTION,
	/** 廃棄. */
	DISPOSAL

}
