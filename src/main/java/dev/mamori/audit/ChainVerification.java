package dev.mamori.audit;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param intact whether every entry matched its hash and its predecessor
 * @param entriesChecked how many entries were read
 * @param firstBroken the sequence number of the first broken entry, or {@code null}
 * @param problem what is wrong with it, or {@code null}
 * @param headHash the hash of the last entry when intact (record it outside Mamori to
 * detect a later truncation of the log's tail), or {@code null}
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBroken, Problem problem,
		String headHash) {

	/** How an entry breaks the chain. */
	public enum Problem {

		/** Its content no longer matches its hash: it was altered. */
		CONTENT_ALTERED,

		/**
		 * It does not point at the previous entry's hash: an entry was removed or
		 * inserted before it.
		 */
		LINK_BROKEN,

		/**
		 * Its sequence number does not follow the previous one: entries are missing
		 * before it.
		 */
		SEQUENCE_GAP

	}

	public static ChainVerification intact(long entriesChecked, String headHash) {
		return new ChainVerification(true, entriesChecked, null, null, headHash);
	}

	public static ChainVerification broken(long entriesChecked, long sequence, Problem problem) {
		return new ChainVerification(false, entriesChecked, sequence, problem, null);
	}

}
