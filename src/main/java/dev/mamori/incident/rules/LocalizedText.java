package dev.mamori.incident.rules;

import java.util.Locale;
import java.util.Objects;

/** A text of rule data in Japanese and English. */
public record LocalizedText(String ja, String en) {

	public LocalizedText {
		Objects.requireNonNull(ja, "ja");
		Objects.requireNonNull(en, "en");
	}

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.en : this.ja;
	}

}
