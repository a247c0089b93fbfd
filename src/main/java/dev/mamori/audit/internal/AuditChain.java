package dev.mamori.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.mamori.audit.AuditEntry;
import dev.mamori.common.Sha256;
import dev.mamori.audit.ChainVerification;

/**
 * The hash chain of the audit log, in plain Java.
 * <p>
 * An entry's hash is SHA-256 over its fields, each written as
 * {@code <byte length>:<UTF-8 bytes>;} so that no choice of field content can imitate
 * another split of the fields. The time is written as microseconds since the epoch, the
 * precision PostgreSQL keeps. The first entry's predecessor is {@link #GENESIS}.
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** Time as stored: PostgreSQL keeps microseconds, so the hash must not see more. */
	public static Instant storablePrecision(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public static String hash(long sequence, Instant occurredAt, String actor, String channel, String action,
			String entityType, String entityId, String reason, String details, String previousHash) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
		StringBuilder canonical = new StringBuilder(256);
		for (String field : new String[] { Long.toString(sequence), Long.toString(micros), actor, channel, action,
				entityType, entityId, reason, details, previousHash }) {
			canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
		}
		return Sha256.hex(canonical.toString());
	}

	public static String hashOf(AuditEntry entry) {
		return hash(entry.sequence(), entry.occurredAt(), entry.actor(), entry.channel(), entry.action(),
				entry.entityType(), entry.entityId(), entry.reason(), entry.details(), entry.previousHash());
	}

	/**
	 * Checks entries fed in sequence order, stopping at the first broken one. Sequence
	 * numbers start at 1 and have no gaps.
	 */
	public static final class Verifier {

		private long checked;

		private long expectedSequence = 1;

		private String previousHash = GENESIS;

		private ChainVerification broken;

		/**
		 * @return {@code false} once the chain is broken; later entries are not looked at
		 */
		public boolean accept(AuditEntry entry) {
			if (this.broken != null) {
				return false;
			}
			this.checked++;
			if (entry.sequence() != this.expectedSequence) {
				return fail(entry, ChainVerification.Problem.SEQUENCE_GAP);
			}
			if (!entry.previousHash().equals(this.previousHash)) {
				return fail(entry, ChainVerification.Problem.LINK_BROKEN);
			}
			if (!hashOf(entry).equals(entry.hash())) {
				return fail(entry, ChainVerification.Problem.CONTENT_ALTERED);
			}
			this.previousHash = entry.hash();
			this.expectedSequence++;
			return true;
		}

		private boolean fail(AuditEntry entry, ChainVerification.Problem problem) {
			this.broken = ChainVerification.broken(this.checked, entry.sequence(), problem);
			return false;
		}

		public ChainVerification result() {
			if (this.broken != null) {
				return this.broken;
			}
			return ChainVerification.intact(this.checked, (this.checked == 0) ? null : this.previousHash);
		}

	}

}
