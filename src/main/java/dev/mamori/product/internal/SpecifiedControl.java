package dev.mamori.product.internal;

import java.util.Objects;

/**
 * A compensating control the version's specified use environment requires, with the
 * specification text that goes into customer documents (P5: the controls become part of
 * the use environment).
 */
public record SpecifiedControl(String controlId, String specification) {

	public SpecifiedControl {
		Objects.requireNonNull(controlId, "controlId");
		specification = (specification == null) ? "" : specification;
	}

}
