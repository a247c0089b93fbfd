package dev.mamori.sbom.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.diff.DiffBodies;
import dev.mamori.sbom.internal.ComponentSupportService;
import dev.mamori.sbom.internal.SbomQueries;
import dev.mamori.sbom.support.ManualSupport;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Across the portfolio: diffs, the component repository, and component end-of-support
 * dates.
 */
@RestController
class SbomSearchApiController {

	private final SbomQueries queries;

	private final ComponentSupportService support;

	SbomSearchApiController(SbomQueries queries, ComponentSupportService support) {
		this.queries = queries;
		this.support = support;
	}

	/** The difference between two stored SBOM documents (e.g. two revisions). */
	@GetMapping("/api/v1/sbom-diff")
	@RequiresPermission(Permission.SBOM_READ)
	DiffBodies.Diff diff(@RequestParam UUID from, @RequestParam UUID to) {
		return DiffBodies.diff(this.queries.diff(new SbomDocumentId(from), new SbomDocumentId(to)));
	}

	/** The difference between the current components of two product versions. */
	@GetMapping("/api/v1/products/{productId}/versions/{versionId}/sbom-diff")
	@RequiresPermission(Permission.SBOM_READ)
	DiffBodies.Diff diffVersions(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam UUID toVersion, @RequestParam(required = false) UUID toProduct) {
		return DiffBodies.diff(this.queries.diffVersions(new ProductId(productId), new ProductVersionId(versionId),
				new ProductId((toProduct != null) ? toProduct : productId), new ProductVersionId(toVersion)));
	}

	/**
	 * Every product version whose current SBOMs contain a component: by name, purl (with
	 * or without version) or CPE.
	 */
	@GetMapping("/api/v1/components")
	@RequiresPermission(Permission.SBOM_READ)
	List<Hit> repository(@RequestParam("q") String query) {
		return this.queries.repository(query)
			.stream()
			.map((hit) -> new Hit(DiffBodies.component(hit.component()), hit.version().productId().value(),
					hit.version().productName(), hit.version().versionId().value(), hit.version().version(),
					hit.document().value(), hit.revision(), hit.fromVendorSbom()))
			.toList();
	}

	@GetMapping("/api/v1/component-support")
	@RequiresPermission(Permission.SBOM_READ)
	List<ManualSupport> supportEntries() {
		return this.support.entries();
	}

	@PutMapping("/api/v1/component-support")
	@RequiresPermission(Permission.SBOM_WRITE)
	ManualSupport setSupport(@RequestBody SupportRequest request) {
		return this.support.set(request.componentKey(), request.version(), request.endOfSupport(), request.note());
	}

	@DeleteMapping("/api/v1/component-support/{id}")
	@RequiresPermission(Permission.SBOM_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeSupport(@PathVariable UUID id, @RequestParam(required = false) String reason) {
		this.support.remove(id, reason);
	}

	record Hit(DiffBodies.ComponentBody component, UUID productId, String productName, UUID versionId, String version,
			UUID document, Integer revision, boolean fromVendorSbom) {
	}

	record SupportRequest(String componentKey, String version,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOfSupport, String note) {
	}

}
