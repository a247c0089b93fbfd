package dev.mamori.incident.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.incident.IncidentId;
import dev.mamori.incident.internal.IncidentService;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.ChecklistItem;
import dev.mamori.incident.rules.DutyState;
import dev.mamori.incident.rules.HarmOutcome;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.PatientImpact;
import dev.mamori.incident.rules.PotentialOutcome;
import dev.mamori.product.Products;
import dev.mamori.web.FormErrors;
import dev.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident pages: the list, the new-incident form (also pre-filled from a finding),
 * and one incident with its investigation. Each form posts one change and returns to the
 * incident, with the refusal shown when the change was refused.
 */
@Controller
@RequestMapping("/incidents")
class IncidentPageController {

	private final IncidentService incidents;

	private final Products products;

	private final Messages messages;

	IncidentPageController(IncidentService incidents, Products products, Messages messages) {
		this.incidents = incidents;
		this.products = products;
		this.messages = messages;
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	String list(@RequestParam(required = false) IncidentState state, @RequestParam(required = false) UUID productId,
			Model model) {
		model.addAttribute("incidents", this.incidents.list(state, productId, null, false));
		model.addAttribute("states", IncidentState.values());
		model.addAttribute("state", state);
		return "incident/list";
	}

	@GetMapping("/new")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String newIncident(@RequestParam(required = false) UUID version,
			@RequestParam(required = false) String vulnerability, @RequestParam(required = false) String component,
			@RequestParam(required = false) IncidentOrigin origin, Model model) {
		IncidentForm form = new IncidentForm();
		form.setVersion(version);
		form.setVulnerabilities(vulnerability);
		form.setComponent(component);
		form.setInformationObtained(this.incidents.today());
		if (origin != null) {
			form.setOrigin(origin);
		}
		else if (vulnerability != null) {
			form.setOrigin(IncidentOrigin.FINDING);
		}
		return form(form, model);
	}

	@PostMapping
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String create(@ModelAttribute("form") IncidentForm form, BindingResult result, Model model) {
		UUID product = (form.getVersion() != null) ? this.products
			.findVersion(new dev.mamori.product.ProductVersionId(form.getVersion()), this.incidents.today())
			.map((snapshot) -> snapshot.productId().value())
			.orElse(null) : null;
		var id = FormErrors.attempt(result, () -> this.incidents.open(form.toInput(product)));
		if (id.isEmpty()) {
			return form(form, model);
		}
		return "redirect:/incidents/" + id.get();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.INCIDENT_READ)
	String detail(@PathVariable UUID id, Model model) {
		var incident = this.incidents.view(new IncidentId(id));
		model.addAttribute("incident", incident);
		model.addAttribute("reportCaseLink", IncidentJson.reportCaseLink(incident.reportCaseParameters()));
		model.addAttribute("items", ChecklistItem.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("outcomes", HarmOutcome.values());
		model.addAttribute("potentialOutcomes", PotentialOutcome.values());
		model.addAttribute("dutyStates", DutyState.values());
		return "incident/detail";
	}

	@PostMapping("/{id}/state")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String state(@PathVariable UUID id, @RequestParam IncidentState state,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.incidents.moveTo(new IncidentId(id), state, reason));
	}

	@PostMapping("/{id}/checklist")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String checklist(@PathVariable UUID id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		Map<ChecklistItem, Answer> answers = new EnumMap<>(ChecklistItem.class);
		Map<ChecklistItem, String> notes = new EnumMap<>(ChecklistItem.class);
		for (ChecklistItem item : ChecklistItem.values()) {
			answers.put(item, answer(fields.get("answer" + item.letter())));
			String note = fields.get("note" + item.letter());
			if (note != null && !note.isBlank()) {
				notes.put(item, note);
			}
		}
		return attempt(id, redirect, () -> this.incidents.investigate(new IncidentId(id), new Checklist(answers, notes),
				answer(fields.get("cyberattackSuspected")), answer(fields.get("deviceVulnerability"))));
	}

	@PostMapping("/{id}/impact")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String impact(@PathVariable UUID id, @RequestParam(required = false) String harm,
			@RequestParam(required = false) HarmOutcome outcome,
			@RequestParam(required = false) PotentialOutcome potentialOutcome, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.incidents.recordImpact(new IncidentId(id),
				new PatientImpact(answer(harm), outcome, potentialOutcome)));
	}

	@PostMapping("/{id}/actions")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String action(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.incidents.addAction(new IncidentId(id), text));
	}

	@PostMapping("/{id}/malware/evidence")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String evidence(@PathVariable UUID id, @RequestParam(required = false) String infectionRoute,
			@RequestParam(required = false) String sampleHash, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return attempt(id, redirect,
				() -> this.incidents.captureMalwareEvidence(new IncidentId(id), infectionRoute, sampleHash, note));
	}

	@PostMapping("/{id}/malware/removal")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String removal(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.incidents.recordMalwareRemoval(new IncidentId(id), reason));
	}

	@PostMapping("/{id}/network")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String network(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean overload,
			@RequestParam(required = false) String measures, RedirectAttributes redirect) {
		return attempt(id, redirect,
				() -> this.incidents.recordNetworkOverload(new IncidentId(id), overload, measures));
	}

	@PostMapping("/{id}/vulnerabilities")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String vulnerabilities(@PathVariable UUID id, @RequestParam(required = false) String ids,
			RedirectAttributes redirect) {
		return attempt(id, redirect,
				() -> this.incidents.linkVulnerabilities(new IncidentId(id), IncidentForm.lines(ids)));
	}

	@PostMapping("/{id}/duties/{key}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String duty(@PathVariable UUID id, @PathVariable String key, @RequestParam DutyState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return attempt(id, redirect,
				() -> this.incidents.recordDuty(new IncidentId(id), key, state, doneOn, reference, reason));
	}

	@GetMapping("/panels/open")
	@RequiresPermission(Permission.INCIDENT_READ)
	String openPanel(Model model) {
		model.addAttribute("incidents", this.incidents.list(null, null, null, true));
		return "incident/panels :: open";
	}

	private String form(IncidentForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("versions", this.products.versions(this.incidents.today()));
		model.addAttribute("origins", IncidentOrigin.values());
		model.addAttribute("severities", IncidentSeverity.values());
		return "incident/form";
	}

	private String attempt(UUID id, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "incident.saved");
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("incidentError", this.messages.describe(refusal));
		}
		return "redirect:/incidents/" + id;
	}

	private static Answer answer(String value) {
		if (value == null || value.isBlank()) {
			return Answer.UNKNOWN;
		}
		try {
			return Answer.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return Answer.UNKNOWN;
		}
	}

}
