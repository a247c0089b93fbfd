package dev.mamori.assessment.rubric;

/**
 * Where an answer leads: it sets the metric ({@code value}), asks another question
 * ({@code next}), or both, when a question is asked for the record after the metric is
 * decided (the rubric's XAVPA).
 */
public record Branch(String value, String next) {

	public Branch {
		if (value == null && next == null) {
			throw new IllegalArgumentException("a branch sets a value or asks a next question");
		}
	}

}
