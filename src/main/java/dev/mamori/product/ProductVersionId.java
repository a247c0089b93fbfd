package dev.mamori.product;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a product. */
public record ProductVersionId(UUID value) {

	public ProductVersionId {
		Objects.requireNonNull(value, "value");
	}

	public static ProductVersionId random() {
		return new ProductVersionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
