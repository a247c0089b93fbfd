package dev.mamori.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every violation of one input before refusing it, so that a form shows all its
 * errors at once. Text helpers trim, refuse control characters and enforce length limits,
 * which is where oversized input (a 10 MB product name) is turned away.
 */
public final class InputChecks {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private final List<Violation> violations = new ArrayList<>();

	/** A required single-line text, trimmed; {@code null} when it was refused. */
	public String requiredText(String field, String value, int maxLength) {
		String text = optionalText(field, value, maxLength);
		if (text == null && !hasViolationFor(field)) {
			add(field, "validation.required");
		}
		return text;
	}

	/** An optional text, trimmed; {@code null} when blank or refused. */
	public String optionalText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			add(field, "validation.tooLong", maxLength, text.length());
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			add(field, "validation.controlCharacters");
			return null;
		}
		return text;
	}

	/** Records a violation unless the condition holds; returns the condition. */
	public boolean check(boolean condition, String field, String code, Object... arguments) {
		if (!condition) {
			add(field, code, arguments);
		}
		return condition;
	}

	public void add(String field, String code, Object... arguments) {
		this.violations.add(Violation.of(field, code, arguments));
	}

	public boolean hasViolationFor(String field) {
		return this.violations.stream().anyMatch((violation) -> field.equals(violation.field()));
	}

	public boolean isValid() {
		return this.violations.isEmpty();
	}

	/** Throws {@link ValidationFailedException} when anything was recorded. */
	public void throwIfInvalid() {
		if (!this.violations.isEmpty()) {
			throw new ValidationFailedException(this.violations);
		}
	}

}
