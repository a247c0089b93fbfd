package dev.mamori.regulatory.rules;

import java.time.LocalDate;

/** The reasons that explain how a due date was computed, in both languages. */
final class DeadlineReasons {

	private DeadlineReasons() {
	}

	static Reason days(LocalDate obtained, int days, LocalDate due) {
		return new Reason("情報入手日 " + obtained + " を0日目として（民法第140条、初日不算入）" + days + "日目の " + due + " が期限。",
				"Day 0 is the information date " + obtained
						+ " (Civil Code Art. 140, the first day is not counted): day " + days + " is " + due + ".");
	}

	static Reason periodic(LocalDate approval, Deadlines.Period period) {
		return new Reason(
				"承認日等 " + approval + " から1年ごとの期間 " + period.start() + "〜" + period.end() + " の満了後2か月以内、" + period.due()
						+ " が期限。",
				"Yearly period from the approval date " + approval + ": " + period.start() + " to " + period.end()
						+ ", due within two months after it ends: " + period.due() + ".");
	}

	static Reason periodicWithoutApproval() {
		return new Reason("承認日等が不明のため定期報告の期限を計算できない。承認日等を入力すること。",
				"The approval date is unknown, so the periodic report's due date cannot be computed: enter it.");
	}

	static Reason nextBusinessDay(LocalDate due, LocalDate next) {
		return new Reason("期限 " + due + " は休日（土日、祝日又は12/29〜1/3）のため翌業務日は " + next + "。アラートは暦日の期限で行う。",
				"The due date " + due + " is not a business day (weekend, national holiday or 29 Dec–3 Jan): the next "
						+ "business day is " + next + ". Alerts go by the calendar date.");
	}

	static Reason calendarDoesNotCover(HolidayCalendar calendar, LocalDate due) {
		return new Reason(
				"祝日カレンダー（" + calendar.from() + "〜" + calendar.to() + "）は " + due + " を含まないため、翌業務日は土日と年末年始のみで判断した。",
				"The holiday calendar (" + calendar.from() + " to " + calendar.to() + ") does not cover " + due
						+ ": the next business day considers weekends and the year-end closure only.");
	}

	static Reason uncertainRow() {
		return new Reason("この行は表の中で最も確度の低い解釈（check）である。安全管理責任者が確認すること。",
				"This row is one of the table's least certain readings (check): the safety officer should confirm it.");
	}

}
