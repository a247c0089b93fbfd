package dev.mamori.product.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product registry as other modules see it. */
@Service
class ProductsFacade implements Products {

	private final PortfolioQueries portfolio;

	private final ProductService products;

	private final JdbcProductStore store;

	ProductsFacade(PortfolioQueries portfolio, ProductService products, JdbcProductStore store) {
		this.portfolio = portfolio;
		this.products = products;
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VersionSnapshot> findVersion(ProductVersionId id, LocalDate day) {
		return this.portfolio.snapshot(id, day);
	}

	@Override
	@Transactional(readOnly = true)
	public VersionSnapshot requireVersion(ProductId productId, ProductVersionId id, LocalDate day) {
		return this.portfolio.snapshot(id, day)
			.filter((version) -> version.productId().equals(productId))
			.orElseThrow(() -> new NotFoundException("entity.version", id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<VersionSnapshot> versions(LocalDate day) {
		return this.portfolio.snapshots(day);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductId> findProduct(String nameOrModelNumber) {
		String wanted = nameOrModelNumber.strip().toLowerCase(Locale.ROOT);
		return this.store.findProducts()
			.stream()
			.filter((product) -> product.details().modelNumber().toLowerCase(Locale.ROOT).equals(wanted)
					|| product.details().name().toLowerCase(Locale.ROOT).equals(wanted))
			.map(StoredProduct::id)
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ProductId, String> productNames() {
		Map<ProductId, String> names = new LinkedHashMap<>();
		this.store.findProducts().forEach((product) -> names.put(product.id(), product.details().name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductVersionId> findVersion(ProductId product, String version) {
		return this.store.findVersions(List.of(product))
			.stream()
			.filter((stored) -> stored.details().version().equals(version.strip()))
			.map(StoredVersion::id)
			.findFirst();
	}

	@Override
	@Transactional
	public ProductVersionId createVersion(ProductId product, String version, String reason) {
		return this.products.createVersion(product, new VersionInput(version, null, null, null, null, null), reason);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeviceLabel> deviceLabel(ProductId id) {
		return this.store.findProduct(id)
			.map((product) -> new DeviceLabel(product.details().name(), product.details().modelNumber(),
					product.details().genericName(), product.details().approvalNumber()));
	}

}
