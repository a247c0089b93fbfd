package dev.mamori.regulatory.rules;

/** The kind of event a case is about (REPORTING.md, "Facts a case records"). */
public enum ReportEvent {

	/** 症例等: health damage suspected to be caused by a malfunction. */
	HEALTH_DAMAGE,

	/** 不具合: a malfunction without health damage. */
	MALFUNCTION,

	/** 感染症. */
	INFECTION,

	/** 外国での製造・輸入・販売の中止、回収、廃棄その他の措置. */
	FOREIGN_MEASURE,

	/** 研究報告. */
	RESEARCH_REPORT,

	/**
	 * The malfunction rate of a designated device (品目指定) exceeded the rate set in
	 * advance.
	 */
	MALFUNCTION_RATE_EXCEEDED;

	/** Health damage and infection have an outcome; the other events do not. */
	public boolean hasOutcome() {
		return this == HEALTH_DAMAGE || this == INFECTION;
	}

}
