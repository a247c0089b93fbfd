package dev.mamori.product.internal;

import java.time.Instant;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

/** A product version as stored, with its revision for optimistic locking. */
public record StoredVersion(ProductVersionId id, ProductId productId, VersionDetails details, int revision,
		Instant createdAt, Instant updatedAt) {

}
