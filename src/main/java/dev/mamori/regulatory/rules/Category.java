package dev.mamori.regulatory.rules;

import java.util.OptionalInt;

/** How a case is reported: its deadline class (第228条の20 第2項 第1号〜第3号). */
public enum Category {

	FIFTEEN_DAYS(15), THIRTY_DAYS(30), PERIODIC(0), NOT_REPORTABLE(0);

	private final int days;

	Category(int days) {
		this.days = days;
	}

	/** The days counted from the information date, for the 15- and 30-day reports. */
	public OptionalInt deadlineDays() {
		return (this.days > 0) ? OptionalInt.of(this.days) : OptionalInt.empty();
	}

	public boolean reportable() {
		return this != NOT_REPORTABLE;
	}

}
