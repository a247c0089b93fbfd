package dev.mamori.regulatory.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.internal.MeasureInput;
import dev.mamori.regulatory.internal.ReportCaseService;
import dev.mamori.regulatory.internal.ReportFiling;
import dev.mamori.regulatory.internal.ReportInput;
import dev.mamori.regulatory.internal.DraftPdf;
import dev.mamori.regulatory.internal.SbomEvidence;
import dev.mamori.regulatory.rules.ReportKind;
import dev.mamori.regulatory.rules.SafetyMeasureKind;
import dev.mamori.web.FormErrors;
import dev.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
 * The case pages: the list, the new-case form (filled from the incident page's link, see
 * the module's URL contract), editing, and one case with its decision, reports and safety
 * measures. Each form posts one change and returns to the case.
 */
@Controller
@RequestMapping("/reports/cases")
class ReportCasePageController {

	private final ReportCaseService cases;

	private final ReportFiling filing;

	private final Products products;

	private final Messages messages;

	private final SbomEvidence sbom;

	private final DraftPdf drafts;

	ReportCasePageController(ReportCaseService cases, ReportFiling filing, Products products, Messages messages,
			SbomEvidence sbom, DraftPdf drafts) {
		this.drafts = drafts;
		this.cases = cases;
		this.filing = filing;
		this.products = products;
		this.messages = messages;
		this.sbom = sbom;
	}

	@GetMapping
	@RequiresPermission(Permission.REPORT_READ)
	String list(@RequestParam(defaultValue = "false") boolean active, Model model) {
		model.addAttribute("cases", this.cases.list(active));
		model.addAttribute("active", active);
		return "regulatory/list";
	}

	@GetMapping("/new")
	@RequiresPermission(Permission.REPORT_PREPARE)
	String newCase(@RequestParam(required = false) UUID incident, @RequestParam(required = false) UUID version,
			@RequestParam(required = false) String event, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String potentialOutcome,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate informationObtained,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String vulnerability,
			Model model) {
		CaseForm form = new CaseForm();
		form.setIncident(incident);
		form.setVersion(version);
		form.setEvent(event);
		form.setOutcome(outcome);
		form.setPotentialOutcome(potentialOutcome);
		form.setInformationObtained((informationObtained != null) ? informationObtained : this.cases.today());
		form.setSummary(summary);
		form.setTitle((summary != null) ? summary.lines().findFirst().orElse(null) : null);
		form.setVulnerability(vulnerability);
		form.setCausalitySuspected("true");
		if (version != null) {
			this.sbom.of(new ProductVersionId(version), vulnerability)
				.filter(SbomEvidence.Evidence::present)
				.ifPresent((evidence) -> form.setVulnerableSoftwarePresent("true"));
		}
		return form(form, null, model);
	}

	@PostMapping
	@RequiresPermission(Permission.REPORT_PREPARE)
	String create(@ModelAttribute("form") CaseForm form, BindingResult result, Model model) {
		var id = FormErrors.attempt(result, () -> this.cases.create(form.toInput(product(form.getVersion()))));
		if (id.isEmpty()) {
			return form(form, null, model);
		}
		return "redirect:/reports/cases/" + id.get();
	}

	@GetMapping("/{id}/edit")
	@RequiresPermission(Permission.REPORT_PREPARE)
	String edit(@PathVariable UUID id, Model model) {
		return form(CaseForm.of(this.cases.view(new ReportCaseId(id)).reportCase()), id, model);
	}

	@PostMapping("/{id}")
	@RequiresPermission(Permission.REPORT_PREPARE)
	String update(@PathVariable UUID id, @ModelAttribute("form") CaseForm form, BindingResult result, Model model) {
		if (!FormErrors.save(result, () -> this.cases.update(new ReportCaseId(id), form.toInput(null)))) {
			return form(form, id, model);
		}
		return "redirect:/reports/cases/" + id;
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.REPORT_READ)
	String detail(@PathVariable UUID id, Model model) {
		var view = this.cases.view(new ReportCaseId(id));
		model.addAttribute("view", view);
		model.addAttribute("sbom",
				this.sbom.of(view.reportCase().version(), view.reportCase().vulnerability()).orElse(null));
		model.addAttribute("measureKinds", SafetyMeasureKind.values());
		model.addAttribute("today", this.cases.today());
		return "regulatory/detail";
	}

	@GetMapping("/{id}/draft")
	@RequiresPermission(Permission.REPORT_READ)
	String draft(@PathVariable UUID id, @RequestParam(required = false) UUID report, Model model) {
		var view = this.cases.view(new ReportCaseId(id));
		model.addAttribute("view", view);
		model.addAttribute("sent",
				view.reports().stream().filter((sent) -> sent.id().equals(report)).findFirst().orElse(null));
		model.addAttribute("today", this.cases.today());
		return "regulatory/draft";
	}

	/** The same draft as an A4 PDF with a Japanese font (409 while none is installed). */
	@GetMapping("/{id}/draft.pdf")
	@RequiresPermission(Permission.REPORT_READ)
	ResponseEntity<byte[]> draftPdf(@PathVariable UUID id, @RequestParam(required = false) UUID report) {
		return PdfResponse.of(this.cases.view(new ReportCaseId(id)), report, this.drafts);
	}

	@PostMapping("/{id}/decision")
	@RequiresPermission(Permission.REPORT_DECIDE)
	String confirm(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.cases.confirm(new ReportCaseId(id), note));
	}

	@PostMapping("/{id}/reports")
	@RequiresPermission(Permission.REPORT_DECIDE)
	String report(@PathVariable UUID id, @RequestParam ReportKind kind,
			@RequestParam(defaultValue = "false") boolean incomplete,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReportDate,
			RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.filing.fileReport(new ReportCaseId(id),
				new ReportInput(kind, incomplete, reportDate, nextReportDate)));
	}

	@PostMapping("/{id}/safety-measures")
	@RequiresPermission(Permission.REPORT_PREPARE)
	String measure(@PathVariable UUID id, @RequestParam(required = false) SafetyMeasureKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			@RequestParam(required = false) String letter, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return attempt(id, redirect, () -> this.filing.addMeasure(new ReportCaseId(id),
				new MeasureInput(kind, startedOn, completedOn, letter, note)));
	}

	private UUID product(UUID version) {
		return (version != null) ? this.products.findVersion(new ProductVersionId(version), this.cases.today())
			.map((snapshot) -> snapshot.productId().value())
			.orElse(null) : null;
	}

	private String form(CaseForm form, UUID id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sbom", (form.getVersion() != null)
				? this.sbom.of(new ProductVersionId(form.getVersion()), form.getVulnerability()).orElse(null) : null);
		model.addAttribute("caseId", id);
		model.addAttribute("versions", this.products.versions(this.cases.today()));
		model.addAttribute("origins", dev.mamori.regulatory.rules.Origin.values());
		model.addAttribute("events", dev.mamori.regulatory.rules.ReportEvent.values());
		model.addAttribute("outcomes", dev.mamori.regulatory.rules.Outcome.values());
		model.addAttribute("potentialOutcomes", dev.mamori.regulatory.rules.PotentialOutcome.values());
		return "regulatory/form";
	}

	private String attempt(UUID id, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "report.saved");
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("caseError", this.messages.describe(refusal));
		}
		return "redirect:/reports/cases/" + id;
	}

}
