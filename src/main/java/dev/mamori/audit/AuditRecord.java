package dev.mamori.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a module asks the audit log to record. The actor and time are added by the log
 * itself.
 *
 * @param action what happened, as {@code entity.verb} ({@code product.created})
 * @param entityType the kind of entity changed ({@code product})
 * @param entityId its identifier
 * @param reason why; entered by the user where the change needs a justification,
 * otherwise a short description of the trigger
 * @param details what changed, as JSON-serializable values (kept in insertion order)
 */
public record AuditRecord(String action, String entityType, String entityId, String reason,
		Map<String, Object> details) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(entityType, "entityType");
		Objects.requireNonNull(entityId, "entityId");
		reason = (reason == null) ? "" : reason;
		details = Collections.unmodifiableMap(new LinkedHashMap<>((details == null) ? Map.of() : details));
	}

	public static AuditRecord of(String action, String entityType, Object entityId, String reason) {
		return new AuditRecord(action, entityType, String.valueOf(entityId), reason, Map.of());
	}

	public AuditRecord withDetail(String key, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.details);
		more.put(key, value);
		return new AuditRecord(this.action, this.entityType, this.entityId, this.reason, more);
	}

}
