package dev.mamori.assessment.web;

import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.assessment.internal.TriageService;
import dev.mamori.assessment.triage.AnalysisChange;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The VEX-aligned analysis of findings (V2): read it and its history, set it for one
 * finding, or for one vulnerability across product versions.
 */
@RestController
class AnalysisApiController {

	private static final String FINDING = "/api/v1/products/{productId}/versions/{versionId}/findings/{findingId}";

	private final TriageService triage;

	AnalysisApiController(TriageService triage) {
		this.triage = triage;
	}

	@GetMapping(FINDING + "/analysis")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	AnalysisJson analysis(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable UUID findingId) {
		return AnalysisJson
			.of(this.triage.analysis(new ProductId(productId), new ProductVersionId(versionId), findingId));
	}

	@PutMapping(FINDING + "/analysis")
	@RequiresPermission(Permission.FINDING_TRIAGE)
	AnalysisJson set(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable UUID findingId,
			@RequestBody AnalysisJson.Request request) {
		return AnalysisJson.of(this.triage.set(new ProductId(productId), new ProductVersionId(versionId), findingId,
				new AnalysisChange(request.state(), request.justification(), request.responses(), request.detail(),
						request.reason())));
	}

	@GetMapping(FINDING + "/analysis/history")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	List<AnalysisJson.Entry> history(@PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID findingId) {
		return this.triage.history(new ProductId(productId), new ProductVersionId(versionId), findingId)
			.stream()
			.map(AnalysisJson.Entry::of)
			.toList();
	}

	/** Bulk triage: one decision for one vulnerability across the given versions. */
	@PostMapping("/api/v1/vulnerabilities/{vulnerabilityId}/analysis")
	@RequiresPermission(Permission.FINDING_TRIAGE)
	List<AnalysisJson> bulk(@PathVariable String vulnerabilityId, @RequestBody AnalysisJson.BulkRequest request) {
		List<ProductVersionId> versions = (request.versionIds() != null)
				? request.versionIds().stream().map(ProductVersionId::new).toList() : List.of();
		return this.triage
			.setForVulnerability(vulnerabilityId, versions,
					new AnalysisChange(request.state(), request.justification(), request.responses(), request.detail(),
							request.reason()))
			.stream()
			.map(AnalysisJson::of)
			.toList();
	}

}
