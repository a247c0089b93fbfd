package dev.mamori.assessment.risk;

import java.util.Objects;

/**
 * A named step of a scale (a severity of harm, a probability), with its labels and what
 * it means. Scales are ordered from the least to the most.
 */
public record Level(String id, String ja, String en, String descriptionJa, String descriptionEn) {

	public Level {
		Objects.requireNonNull(id, "id");
		if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("level " + id + " needs its Japanese and English label");
		}
	}

}
