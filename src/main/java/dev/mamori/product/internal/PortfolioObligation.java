package dev.mamori.product.internal;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.lifecycle.Obligation;

/** An obligation with the product and version it belongs to, for portfolio-wide lists. */
public record PortfolioObligation(ProductId productId, String productName, ProductVersionId versionId, String version,
		Obligation obligation) {

}
