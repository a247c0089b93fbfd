package dev.mamori.product.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.mamori.product.ProductId;

/** A product with its versions (newest first) as they stand on {@code day}. */
public record ProductView(ProductId id, ProductDetails details, int revision, Instant createdAt, Instant updatedAt,
		LocalDate day, List<VersionView> versions) {

	public ProductView {
		versions = List.copyOf(versions);
	}

}
