package dev.mamori.audit.web;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.audit.AuditQueries;
import dev.mamori.audit.AuditQueries.AuditFilter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: entries newest first, filters, and the chain check. */
@Controller
@RequestMapping("/admin/audit")
@RequiresPermission(Permission.AUDIT_READ)
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQueries audit;

	AuditController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping
	String log(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(entityType, entityId, actor, action);
		int current = Math.max(page, 0);
		var entries = this.audit.find(filter, current, PAGE_SIZE + 1);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		return "audit/log";
	}

	/** The chain check, loaded into the page by htmx when the user asks for it. */
	@GetMapping("/verification")
	String verification(Model model) {
		model.addAttribute("verification", this.audit.verify());
		return "audit/log :: verification";
	}

}
