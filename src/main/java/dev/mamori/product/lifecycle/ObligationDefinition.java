package dev.mamori.product.lifecycle;

import java.util.Objects;

/**
 * One item of information owed to hospitals at a milestone (Table 2), in both languages.
 *
 * @param requirement the requirement it implements, e.g. {@code P4}
 */
public record ObligationDefinition(String code, Milestone milestone, String requirement, String nameJa, String nameEn) {

	public ObligationDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(milestone, "milestone");
		Objects.requireNonNull(requirement, "requirement");
		if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
			throw new IllegalArgumentException("obligation " + code + " needs a Japanese and an English name");
		}
		if (!code.matches("[A-Z][A-Z0-9_]*")) {
			throw new IllegalArgumentException("obligation code must be UPPER_SNAKE_CASE: " + code);
		}
	}

	public String name(String language) {
		return "en".equals(language) ? this.nameEn : this.nameJa;
	}

}
