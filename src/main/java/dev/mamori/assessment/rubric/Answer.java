package dev.mamori.assessment.rubric;

import java.util.Locale;
import java.util.Optional;

/** An answer to a rubric question. "Unknown" is an answer, not a missing one. */
public enum Answer {

	YES, NO, UNKNOWN;

	/** {@code yes}, {@code no} or {@code unknown}, in any case. */
	public static Optional<Answer> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** As written in answer files: {@code yes}, {@code no}, {@code unknown}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
