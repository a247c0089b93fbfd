package dev.mamori.audit.web;

import java.util.List;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.AuditQueries;
import dev.mamori.audit.AuditQueries.AuditFilter;
import dev.mamori.audit.ChainVerification;
import dev.mamori.common.ValidationFailedException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for machines: entries and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@RequiresPermission(Permission.AUDIT_READ)
class AuditApiController {

	private final AuditQueries audit;

	AuditApiController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping
	List<AuditEntry> entries(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		if (page < 0) {
			throw ValidationFailedException.of("page", "validation.min", 0);
		}
		if (size < 1 || size > 500) {
			throw ValidationFailedException.of("size", "validation.range", 1, 500);
		}
		return this.audit.find(new AuditFilter(entityType, entityId, actor, action), page, size);
	}

	@GetMapping("/verification")
	ChainVerification verification() {
		return this.audit.verify();
	}

}
