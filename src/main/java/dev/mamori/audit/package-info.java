/**
 * The audit log: an append-only table in which every state change that matters (analysis,
 * decision, publication, report, account change) is recorded with who, when, what, the
 * entity and the reason, in the same transaction as the change. Each entry holds the
 * SHA-256 hash of its content and of the previous entry's hash, so that any later change,
 * insertion or deletion breaks the chain; {@link AuditQueries#verify()} and
 * {@code mamori audit verify} name the first broken entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "common", "access", "database", "web", "cli" })
package dev.mamori.audit;
