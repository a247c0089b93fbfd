package dev.mamori.audit;

import java.time.Instant;

/** One stored entry of the audit log, with its place in the hash chain. */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String channel, String action,
		String entityType, String entityId, String reason, String details, String previousHash, String hash) {

}
