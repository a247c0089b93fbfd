package dev.mamori.incident.web;

import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.incident.internal.IncidentService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The incidents section of a version page, with the action that opens one. */
@Controller
class VersionIncidentsController {

	private final IncidentService incidents;

	VersionIncidentsController(IncidentService incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/products/{productId}/versions/{versionId}/incidents-section")
	@RequiresPermission(Permission.INCIDENT_READ)
	String section(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		model.addAttribute("versionId", versionId);
		model.addAttribute("incidents", this.incidents.list(null, productId, versionId, false));
		return "incident/panels :: section";
	}

}
