package dev.mamori.product.lifecycle;

import java.util.Objects;

/** A kind of compensating risk control (補完的リスクコントロール, Table 3), in both languages. */
public record CompensatingControl(String id, String nameJa, String nameEn, String descriptionJa, String descriptionEn) {

	public CompensatingControl {
		Objects.requireNonNull(id, "id");
		if (blank(nameJa) || blank(nameEn) || blank(descriptionJa) || blank(descriptionEn)) {
			throw new IllegalArgumentException(
					"control " + id + " needs names and descriptions in Japanese and English");
		}
	}

	public String name(String language) {
		return "en".equals(language) ? this.nameEn : this.nameJa;
	}

	public String description(String language) {
		return "en".equals(language) ? this.descriptionEn : this.descriptionJa;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
