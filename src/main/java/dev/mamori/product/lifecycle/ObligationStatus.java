package dev.mamori.product.lifecycle;

/** Where an obligation stands on a given day. */
public enum ObligationStatus {

	/** Recorded as fulfilled. */
	DONE,

	/** Past its due date and not fulfilled. */
	OVERDUE,

	/** Within the due-soon window before its due date. */
	DUE,

	/** Due later than the window. */
	UPCOMING,

	/** Its milestone date is not yet known. */
	UNSCHEDULED

}
