package dev.mamori.product.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.internal.LegacyAssessmentInput;
import dev.mamori.product.internal.LifecycleService;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductService;
import dev.mamori.product.internal.SpecifiedControl;
import dev.mamori.product.internal.VersionInput;
import dev.mamori.product.web.ApiDtos.AssessmentRequest;
import dev.mamori.product.web.ApiDtos.ControlsRequest;
import dev.mamori.product.web.ApiDtos.VersionRequest;
import dev.mamori.product.web.ApiDtos.VersionResponse;
import dev.mamori.product.web.ApiDtos.VersionSummary;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Versions of a product: milestones, compensating controls and legacy assessments. */
@RestController
@RequestMapping("/api/v1/products/{productId}/versions")
class VersionApiController {

	private final PortfolioQueries portfolio;

	private final ProductService products;

	private final LifecycleService lifecycle;

	private final ApiMapper mapper;

	VersionApiController(PortfolioQueries portfolio, ProductService products, LifecycleService lifecycle,
			ApiMapper mapper) {
		this.portfolio = portfolio;
		this.products = products;
		this.lifecycle = lifecycle;
		this.mapper = mapper;
	}

	@GetMapping
	@RequiresPermission(Permission.PRODUCT_READ)
	List<VersionSummary> list(@PathVariable UUID productId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return this.portfolio.product(new ProductId(productId), day(at))
			.versions()
			.stream()
			.map(this.mapper::summary)
			.toList();
	}

	@GetMapping("/{versionId}")
	@RequiresPermission(Permission.PRODUCT_READ)
	VersionResponse get(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			Locale locale) {
		return this.mapper.version(
				this.portfolio.version(new ProductId(productId), new ProductVersionId(versionId), day(at)), locale);
	}

	@PostMapping
	@RequiresPermission(Permission.PRODUCT_WRITE)
	ResponseEntity<VersionResponse> create(@PathVariable UUID productId, @RequestBody VersionRequest request,
			Locale locale) {
		ProductId product = new ProductId(productId);
		ProductVersionId id = this.products.createVersion(product, input(request));
		return ResponseEntity.created(URI.create("/api/v1/products/" + productId + "/versions/" + id))
			.body(current(product, id, locale));
	}

	@PutMapping("/{versionId}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	VersionResponse update(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody VersionRequest request, Locale locale) {
		ProductId product = new ProductId(productId);
		ProductVersionId id = new ProductVersionId(versionId);
		this.products.updateVersion(product, id, request.revision(), input(request), request.reason());
		return current(product, id, locale);
	}

	@DeleteMapping("/{versionId}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(required = false) String reason) {
		this.products.deleteVersion(new ProductId(productId), new ProductVersionId(versionId), reason);
	}

	/** Replaces the compensating controls the version's use environment requires. */
	@PutMapping("/{versionId}/compensating-controls")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	VersionResponse specifyControls(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody ControlsRequest request, Locale locale) {
		ProductId product = new ProductId(productId);
		ProductVersionId id = new ProductVersionId(versionId);
		List<SpecifiedControl> controls = (request.controls() == null) ? List.of() : request.controls()
			.stream()
			.map((control) -> new SpecifiedControl(String.valueOf(control.controlId()), control.specification()))
			.toList();
		this.lifecycle.specifyControls(product, id, controls, request.reason());
		return current(product, id, locale);
	}

	@PostMapping("/{versionId}/legacy-assessments")
	@RequiresPermission(Permission.LEGACY_ASSESS)
	@ResponseStatus(HttpStatus.CREATED)
	VersionResponse assessLegacy(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody AssessmentRequest request, Locale locale) {
		ProductId product = new ProductId(productId);
		ProductVersionId id = new ProductVersionId(versionId);
		this.lifecycle.assessLegacy(product, id, new LegacyAssessmentInput(request.assessedOn(),
				request.protectedByUpdates(), request.protectedByControls(), request.rationale()));
		return current(product, id, locale);
	}

	/** The version as it stands today, after a change. */
	private VersionResponse current(ProductId product, ProductVersionId version, Locale locale) {
		return this.mapper.version(this.portfolio.version(product, version, this.portfolio.today()), locale);
	}

	private LocalDate day(LocalDate at) {
		return (at != null) ? at : this.portfolio.today();
	}

	private static VersionInput input(VersionRequest request) {
		return new VersionInput(request.version(), request.releaseDate(), request.eolDate(), request.eosDate(),
				request.supportPlan(), request.upgradeOptions());
	}

}
