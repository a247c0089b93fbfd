package dev.mamori.assessment.web;

import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.assessment.internal.AnalysisDecision;
import dev.mamori.assessment.internal.GateService;
import dev.mamori.assessment.internal.TriageService;
import dev.mamori.assessment.triage.AnalysisChange;
import dev.mamori.assessment.triage.AnalysisResponse;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.assessment.triage.Justification;
import dev.mamori.common.DomainException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The triage and gate sections of a version page, and bulk triage on a vulnerability's
 * page (V2-V4). Forms post with htmx and get the section back, with the refusal when
 * there is one.
 */
@Controller
class TriagePageController {

	private static final String VERSION = "/products/{productId}/versions/{versionId}";

	private final TriageService triage;

	private final GateService gate;

	private final Messages messages;

	TriagePageController(TriageService triage, GateService gate, Messages messages) {
		this.triage = triage;
		this.gate = gate;
		this.messages = messages;
	}

	@GetMapping(VERSION + "/gate-section")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	String gate(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		model.addAttribute("check", this.gate.check(new ProductId(productId), new ProductVersionId(versionId)));
		return "assessment/gate :: section";
	}

	@GetMapping(VERSION + "/triage-section")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	String section(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		return section(productId, versionId, model, null);
	}

	@PostMapping(VERSION + "/findings/{findingId}/analysis")
	@RequiresPermission(Permission.FINDING_TRIAGE)
	String set(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable UUID findingId,
			AnalysisForm form, Model model) {
		try {
			this.triage.set(new ProductId(productId), new ProductVersionId(versionId), findingId, form.change());
			return section(productId, versionId, model, null);
		}
		catch (DomainException refusal) {
			return section(productId, versionId, model, this.messages.describe(refusal));
		}
	}

	@GetMapping("/vulnerabilities/{vulnerabilityId}/triage-section")
	@RequiresPermission(Permission.FINDING_TRIAGE)
	String bulk(@PathVariable String vulnerabilityId, Model model) {
		return bulk(vulnerabilityId, model, null, null);
	}

	@PostMapping("/vulnerabilities/{vulnerabilityId}/analysis")
	@RequiresPermission(Permission.FINDING_TRIAGE)
	String decideBulk(@PathVariable String vulnerabilityId,
			@RequestParam(name = "versionIds", required = false) List<UUID> versionIds, AnalysisForm form,
			Model model) {
		try {
			List<ProductVersionId> versions = (versionIds != null)
					? versionIds.stream().map(ProductVersionId::new).toList() : List.of();
			int decided = this.triage.setForVulnerability(vulnerabilityId, versions, form.change()).size();
			return bulk(vulnerabilityId, model, decided, null);
		}
		catch (DomainException refusal) {
			return bulk(vulnerabilityId, model, null, this.messages.describe(refusal));
		}
	}

	private String section(UUID productId, UUID versionId, Model model, String error) {
		model.addAttribute("productId", productId);
		model.addAttribute("versionId", versionId);
		model.addAttribute("findings",
				this.triage.analysedFindings(new ProductId(productId), new ProductVersionId(versionId))
					.stream()
					.map((analysed) -> new Row(analysed, this.triage.history(analysed.finding().key())))
					.toList());
		model.addAttribute("triageError", error);
		vocabulary(model);
		return "assessment/triage :: section";
	}

	private String bulk(String vulnerabilityId, Model model, Integer decided, String error) {
		model.addAttribute("vulnerabilityId", vulnerabilityId);
		model.addAttribute("affected", this.triage.affectedVersions(vulnerabilityId));
		model.addAttribute("decided", decided);
		model.addAttribute("triageError", error);
		vocabulary(model);
		return "assessment/bulk :: section";
	}

	private static void vocabulary(Model model) {
		model.addAttribute("states", AnalysisState.values());
		model.addAttribute("justifications", Justification.values());
		model.addAttribute("responses", AnalysisResponse.values());
	}

	/** A finding on the page with its decisions, the newest first. */
	record Row(TriageService.AnalysedFinding analysed, List<AnalysisDecision> history) {
	}

	/** The analysis form's fields. */
	record AnalysisForm(String state, String justification, List<String> responses, String detail, String reason) {

		AnalysisChange change() {
			return new AnalysisChange(this.state, this.justification, this.responses, this.detail, this.reason);
		}

	}

}
