package dev.mamori.product.internal;

import java.time.Instant;

import dev.mamori.product.ProductId;

/** A product as stored, with its revision for optimistic locking. */
public record StoredProduct(ProductId id, ProductDetails details, int revision, Instant createdAt, Instant updatedAt) {

}
