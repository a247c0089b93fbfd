package dev.mamori.regulatory.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.internal.DeadlineBoard;
import dev.mamori.regulatory.internal.DraftPdf;
import dev.mamori.regulatory.internal.ReportCaseService;
import dev.mamori.regulatory.internal.ReportFiling;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The malfunction-report case API (R1–R7). PSIRT prepares (facts, draft, safety
 * measures); the safety officer confirms the decision and records reports as sent.
 */
@RestController
@RequestMapping("/api/v1/report-cases")
class ReportCaseApiController {

	private final ReportCaseService cases;

	private final ReportFiling filing;

	private final DeadlineBoard board;

	private final DraftPdf drafts;

	ReportCaseApiController(ReportCaseService cases, ReportFiling filing, DeadlineBoard board, DraftPdf drafts) {
		this.drafts = drafts;
		this.cases = cases;
		this.filing = filing;
		this.board = board;
	}

	@PostMapping
	@RequiresPermission(Permission.REPORT_PREPARE)
	@ResponseStatus(HttpStatus.CREATED)
	CaseApiRequests.Created create(@RequestBody CaseApiRequests.Case request) {
		ReportCaseId id = this.cases.create(request.toInput());
		return new CaseApiRequests.Created(id.toString(), this.cases.view(id).reportCase().number());
	}

	@GetMapping
	@RequiresPermission(Permission.REPORT_READ)
	List<CaseJson> list(@RequestParam(defaultValue = "false") boolean active, Locale locale) {
		return this.cases.list(active).stream().map((view) -> CaseJson.of(view, locale)).toList();
	}

	@GetMapping("/deadlines")
	@RequiresPermission(Permission.REPORT_READ)
	List<DeadlineJson> deadlines() {
		return this.board.deadlines().stream().map(DeadlineJson::of).toList();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.REPORT_READ)
	CaseJson get(@PathVariable UUID id, Locale locale) {
		return CaseJson.of(this.cases.view(new ReportCaseId(id)), locale);
	}

	/** The draft (or a sent report, {@code ?report=}) as an A4 PDF in Japanese (R3). */
	@GetMapping(value = "/{id}/draft.pdf", produces = "application/pdf")
	@RequiresPermission(Permission.REPORT_READ)
	ResponseEntity<byte[]> draftPdf(@PathVariable UUID id, @RequestParam(required = false) UUID report) {
		return PdfResponse.of(this.cases.view(new ReportCaseId(id)), report, this.drafts);
	}

	@PutMapping("/{id}")
	@RequiresPermission(Permission.REPORT_PREPARE)
	CaseJson update(@PathVariable UUID id, @RequestBody CaseApiRequests.Case request, Locale locale) {
		this.cases.update(new ReportCaseId(id), request.toInput());
		return get(id, locale);
	}

	@PostMapping("/{id}/decision")
	@RequiresPermission(Permission.REPORT_DECIDE)
	CaseJson confirm(@PathVariable UUID id, @RequestBody(required = false) CaseApiRequests.Confirmation request,
			Locale locale) {
		this.cases.confirm(new ReportCaseId(id), (request != null) ? request.note() : null);
		return get(id, locale);
	}

	@PostMapping("/{id}/reports")
	@RequiresPermission(Permission.REPORT_DECIDE)
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson report(@PathVariable UUID id, @RequestBody CaseApiRequests.Report request, Locale locale) {
		this.filing.fileReport(new ReportCaseId(id), request.toInput());
		return get(id, locale);
	}

	@PostMapping("/{id}/safety-measures")
	@RequiresPermission(Permission.REPORT_PREPARE)
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson measure(@PathVariable UUID id, @RequestBody CaseApiRequests.Measure request, Locale locale) {
		this.filing.addMeasure(new ReportCaseId(id), request.toInput());
		return get(id, locale);
	}

}
