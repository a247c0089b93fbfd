package dev.mamori.audit;

import java.util.List;

/** Reads the audit log. */
public interface AuditQueries {

	/**
	 * A page of entries, newest first, optionally filtered.
	 * @param filter criteria; blank fields do not filter
	 * @param page zero-based page number
	 * @param size entries per page (1 to 500)
	 */
	List<AuditEntry> find(AuditFilter filter, int page, int size);

	/** Checks the whole chain from the first entry. */
	ChainVerification verify();

	/**
	 * Criteria for {@link #find}: exact entity type and id, actor, and a prefix of the
	 * action.
	 */
	record AuditFilter(String entityType, String entityId, String actor, String actionPrefix) {

		public static AuditFilter none() {
			return new AuditFilter(null, null, null, null);
		}

	}

}
