package dev.mamori.sbom.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader accepted leniently (an unknown relationship type, a date it could
 * not read), as a message code with arguments and where it was found. Shown with the
 * import.
 *
 * @param location a JSON pointer, line number or element path; {@code null} when not
 * precise
 */
public record ReadWarning(String code, List<Object> arguments, String location) {

	public ReadWarning {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	public static ReadWarning of(String code, String location, Object... arguments) {
		return new ReadWarning(code, List.of(arguments), location);
	}

}
