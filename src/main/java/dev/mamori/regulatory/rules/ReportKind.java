package dev.mamori.regulatory.rules;

/** 報告の種類: the first report (possibly 未完了), a follow-up (追加報告), the final report. */
public enum ReportKind {

	FIRST, FOLLOW_UP, FINAL

}
