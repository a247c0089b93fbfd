package dev.mamori.regulatory.rules;

/**
 * How close a deadline is, for the board's colours: reminders go at 7, 3 and 1 days, on
 * the day, and every day while overdue.
 */
public enum Urgency {

	OVERDUE, TODAY, CRITICAL, SOON, LATER;

	public static Urgency of(long daysLeft) {
		if (daysLeft < 0) {
			return OVERDUE;
		}
		if (daysLeft == 0) {
			return TODAY;
		}
		if (daysLeft <= 3) {
			return CRITICAL;
		}
		return (daysLeft <= 7) ? SOON : LATER;
	}

	/**
	 * Whether the daily check reminds the safety officers on a day with these days left.
	 */
	public static boolean remindsAt(long daysLeft) {
		return daysLeft < 0 || daysLeft == 0 || daysLeft == 1 || daysLeft == 3 || daysLeft == 7;
	}

}
