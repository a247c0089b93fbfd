package dev.mamori.product.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.internal.CompletionInput;
import dev.mamori.product.internal.LifecycleService;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.RuleCatalogs;
import dev.mamori.product.lifecycle.ObligationStatus;
import dev.mamori.product.web.ApiDtos.BackfillRequest;
import dev.mamori.product.web.ApiDtos.Catalog;
import dev.mamori.product.web.ApiDtos.CatalogControl;
import dev.mamori.product.web.ApiDtos.CompletionRequest;
import dev.mamori.product.web.ApiDtos.ObligationItem;
import dev.mamori.product.web.ApiDtos.PortfolioObligationItem;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Milestone obligations (P4) and the compensating-control catalog (P6). */
@RestController
class ObligationApiController {

	private final PortfolioQueries portfolio;

	private final LifecycleService lifecycle;

	private final RuleCatalogs rules;

	private final ApiMapper mapper;

	ObligationApiController(PortfolioQueries portfolio, LifecycleService lifecycle, RuleCatalogs rules,
			ApiMapper mapper) {
		this.portfolio = portfolio;
		this.lifecycle = lifecycle;
		this.rules = rules;
		this.mapper = mapper;
	}

	/** Obligations across the portfolio; by default those due or overdue. */
	@GetMapping("/api/v1/obligations")
	@RequiresPermission(Permission.PRODUCT_READ)
	List<PortfolioObligationItem> portfolio(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(name = "status", required = false) Set<ObligationStatus> statuses, Locale locale) {
		Set<ObligationStatus> wanted = (statuses == null || statuses.isEmpty())
				? EnumSet.of(ObligationStatus.DUE, ObligationStatus.OVERDUE) : statuses;
		return this.portfolio.obligations((at != null) ? at : this.portfolio.today(), wanted)
			.stream()
			.map((item) -> new PortfolioObligationItem(item.productId().value(), item.productName(),
					item.versionId().value(), item.version(), this.mapper.obligation(item.obligation(), locale)))
			.toList();
	}

	@GetMapping("/api/v1/products/{productId}/versions/{versionId}/obligations")
	@RequiresPermission(Permission.PRODUCT_READ)
	List<ObligationItem> ofVersion(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			Locale locale) {
		return this.portfolio
			.version(new ProductId(productId), new ProductVersionId(versionId),
					(at != null) ? at : this.portfolio.today())
			.obligations()
			.stream()
			.map((obligation) -> this.mapper.obligation(obligation, locale))
			.toList();
	}

	@PostMapping("/api/v1/products/{productId}/versions/{versionId}/obligations/{key}/completion")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	@ResponseStatus(HttpStatus.CREATED)
	void complete(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable String key,
			@RequestBody CompletionRequest request) {
		this.lifecycle.recordCompletion(new ProductId(productId), new ProductVersionId(versionId), key,
				new CompletionInput(request.doneOn(), request.channel(), request.note()));
	}

	/**
	 * Records past-due obligations as done on their due dates; returns the keys recorded.
	 */
	@PostMapping("/api/v1/products/{productId}/versions/{versionId}/obligations/backfill")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	List<String> backfill(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody BackfillRequest request) {
		return this.lifecycle.backfillPastDue(new ProductId(productId), new ProductVersionId(versionId),
				request.channel(), request.note());
	}

	@DeleteMapping("/api/v1/products/{productId}/versions/{versionId}/obligations/{key}/completion")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable String key,
			@RequestParam(required = false) String reason) {
		this.lifecycle.withdrawCompletion(new ProductId(productId), new ProductVersionId(versionId), key, reason);
	}

	@GetMapping("/api/v1/compensating-controls")
	@RequiresPermission(Permission.PRODUCT_READ)
	Catalog controls(Locale locale) {
		String language = locale.getLanguage();
		var catalog = this.rules.controls();
		return new Catalog(catalog.id(), catalog.version(), catalog.controls()
			.stream()
			.map((control) -> new CatalogControl(control.id(), control.name(language), control.description(language)))
			.toList());
	}

}
