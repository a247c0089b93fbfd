package dev.mamori.common;

import java.util.List;

/**
 * Input broke one or more rules; nothing was saved. Maps to HTTP 400 or CLI exit code 2.
 */
public final class ValidationFailedException extends DomainException {

	private final List<Violation> violations;

	public ValidationFailedException(List<Violation> violations) {
		super("error.validation", List.of(violations.size()));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("a validation failure needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public static ValidationFailedException of(String field, String code, Object... arguments) {
		return new ValidationFailedException(List.of(Violation.of(field, code, arguments)));
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
