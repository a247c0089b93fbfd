package dev.mamori.product.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * A reason behind a derived result, as a message code and its arguments, said in the
 * user's language.
 */
public record Reason(String code, List<Object> arguments) {

	public Reason {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	public static Reason of(String code, Object... arguments) {
		return new Reason(code, List.of(arguments));
	}

}
