package dev.mamori.audit;

import dev.mamori.access.Actor;

/** Appends entries to the audit log. */
public interface AuditLog {

	/**
	 * Appends an entry for the current actor, inside the caller's transaction: if the
	 * change rolls back, so does its entry. Must be called within a transaction.
	 */
	void record(AuditRecord record);

	/** Appends an entry for an explicit actor (start-up tasks, schedulers). */
	void record(AuditRecord record, Actor actor);

}
