package dev.mamori.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.incident.IncidentId;
import dev.mamori.incident.internal.IncidentService;
import dev.mamori.incident.internal.IncidentSummary;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.PatientImpact;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident API (I1–I4). Each call changes one thing and answers with the incident.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private final IncidentService incidents;

	IncidentApiController(IncidentService incidents) {
		this.incidents = incidents;
	}

	@PostMapping
	@RequiresPermission(Permission.INCIDENT_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	IncidentApiRequests.Created open(@RequestBody IncidentApiRequests.Create request) {
		return new IncidentApiRequests.Created(this.incidents.open(request.toInput()).toString());
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	List<IncidentSummary> list(@RequestParam(required = false) IncidentState state,
			@RequestParam(required = false) UUID productId, @RequestParam(required = false) UUID versionId,
			@RequestParam(defaultValue = "false") boolean active) {
		return this.incidents.list(state, productId, versionId, active);
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.INCIDENT_READ)
	IncidentJson get(@PathVariable UUID id, Locale locale) {
		return IncidentJson.of(this.incidents.view(new IncidentId(id)), locale);
	}

	@PutMapping("/{id}/checklist")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson checklist(@PathVariable UUID id, @RequestBody IncidentApiRequests.ChecklistUpdate request,
			Locale locale) {
		this.incidents.investigate(new IncidentId(id), new Checklist(request.answers(), request.notes()),
				request.cyberattackSuspected(), request.deviceVulnerability());
		return get(id, locale);
	}

	@PutMapping("/{id}/impact")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson impact(@PathVariable UUID id, @RequestBody IncidentApiRequests.ImpactUpdate request, Locale locale) {
		this.incidents.recordImpact(new IncidentId(id),
				new PatientImpact(request.harm(), request.outcome(), request.potentialOutcome()));
		return get(id, locale);
	}

	@PostMapping("/{id}/actions")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson action(@PathVariable UUID id, @RequestBody IncidentApiRequests.ActionEntry request, Locale locale) {
		this.incidents.addAction(new IncidentId(id), request.text());
		return get(id, locale);
	}

	@PostMapping("/{id}/malware/evidence")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson evidence(@PathVariable UUID id, @RequestBody IncidentApiRequests.MalwareEvidence request,
			Locale locale) {
		this.incidents.captureMalwareEvidence(new IncidentId(id), request.infectionRoute(), request.sampleHash(),
				request.note());
		return get(id, locale);
	}

	@PostMapping("/{id}/malware/removal")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson removal(@PathVariable UUID id, @RequestBody IncidentApiRequests.MalwareRemoval request,
			Locale locale) {
		this.incidents.recordMalwareRemoval(new IncidentId(id), request.reasonWithoutEvidence());
		return get(id, locale);
	}

	@PutMapping("/{id}/network")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson network(@PathVariable UUID id, @RequestBody IncidentApiRequests.NetworkUpdate request, Locale locale) {
		this.incidents.recordNetworkOverload(new IncidentId(id), request.overload(), request.measures());
		return get(id, locale);
	}

	@PutMapping("/{id}/vulnerabilities")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson vulnerabilities(@PathVariable UUID id, @RequestBody IncidentApiRequests.VulnerabilityLinks request,
			Locale locale) {
		this.incidents.linkVulnerabilities(new IncidentId(id), request.ids());
		return get(id, locale);
	}

	@PutMapping("/{id}/duties/{key}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson duty(@PathVariable UUID id, @PathVariable String key,
			@RequestBody IncidentApiRequests.DutyUpdate request, Locale locale) {
		this.incidents.recordDuty(new IncidentId(id), key, request.state(), request.doneOn(), request.reference(),
				request.reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/state")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentJson state(@PathVariable UUID id, @RequestBody IncidentApiRequests.StateChange request, Locale locale) {
		if (request.state() == null) {
			throw dev.mamori.common.ValidationFailedException.of("state", "validation.required");
		}
		this.incidents.moveTo(new IncidentId(id), request.state(), request.reason());
		return get(id, locale);
	}

}
