package dev.mamori.incident.rules;

/** Where a notification owed to others stands. */
public enum DutyState {

	/** To be done. */
	OWED,

	/** Done, with the date and a reference. */
	DONE,

	/** Judged unnecessary, with the reason. */
	NOT_NEEDED

}
