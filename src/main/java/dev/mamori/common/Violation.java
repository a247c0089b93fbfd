package dev.mamori.common;

import java.util.List;
import java.util.Objects;

/**
 * One reason why an input was refused: the field it concerns (a form field or JSON
 * property name, or {@code null} for the input as a whole), a message code from
 * {@code messages_*.properties}, and the arguments of that message.
 */
public record Violation(String field, String code, List<Object> arguments) {

	public Violation {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	public static Violation of(String field, String code, Object... arguments) {
		return new Violation(field, code, List.of(arguments));
	}

}
