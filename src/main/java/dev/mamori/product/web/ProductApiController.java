package dev.mamori.product.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.ProductId;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductInput;
import dev.mamori.product.internal.ProductService;
import dev.mamori.product.web.ApiDtos.ProductRequest;
import dev.mamori.product.web.ApiDtos.ProductResponse;

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

/**
 * Products, with their versions' phase and legacy status computed for today, or for the
 * day given as {@code ?at=YYYY-MM-DD}.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

	private final PortfolioQueries portfolio;

	private final ProductService products;

	private final ApiMapper mapper;

	ProductApiController(PortfolioQueries portfolio, ProductService products, ApiMapper mapper) {
		this.portfolio = portfolio;
		this.products = products;
		this.mapper = mapper;
	}

	@GetMapping
	@RequiresPermission(Permission.PRODUCT_READ)
	List<ProductResponse> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return this.portfolio.products(day(at)).stream().map(this.mapper::product).toList();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.PRODUCT_READ)
	ProductResponse get(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return this.mapper.product(this.portfolio.product(new ProductId(id), day(at)));
	}

	@PostMapping
	@RequiresPermission(Permission.PRODUCT_WRITE)
	ResponseEntity<ProductResponse> create(@RequestBody ProductRequest request) {
		ProductId id = this.products.createProduct(input(request));
		return ResponseEntity.created(URI.create("/api/v1/products/" + id))
			.body(this.mapper.product(this.portfolio.product(id, this.portfolio.today())));
	}

	@PutMapping("/{id}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	ProductResponse update(@PathVariable UUID id, @RequestBody ProductRequest request) {
		ProductId productId = new ProductId(id);
		this.products.updateProduct(productId, request.revision(), input(request), request.reason());
		return this.mapper.product(this.portfolio.product(productId, this.portfolio.today()));
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, @RequestParam(required = false) String reason) {
		this.products.deleteProduct(new ProductId(id), reason);
	}

	private LocalDate day(LocalDate at) {
		return (at != null) ? at : this.portfolio.today();
	}

	private static ProductInput input(ProductRequest request) {
		return new ProductInput(request.name(), request.modelNumber(), request.genericName(), request.deviceClass(),
				request.samd(), request.approvalNumber(), request.intendedEnvironment(), request.interfaces(),
				request.wirelessKinds(), request.securityContact());
	}

}
