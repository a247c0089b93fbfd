package dev.mamori.assessment.triage;

import java.util.Locale;
import java.util.Optional;

/**
 * The lower-case snake-case names CycloneDX VEX uses ({@code not_affected}), shared by
 * the analysis vocabularies.
 */
final class Labelled {

	private Labelled() {
	}

	static String label(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
