package dev.mamori.product.lifecycle;

import java.util.List;

/**
 * A {@link Reason} argument naming compensating controls by id; adapters say their names
 * in the reader's language.
 */
public record ControlIds(List<String> ids) {

	public ControlIds {
		ids = List.copyOf(ids);
	}

}
