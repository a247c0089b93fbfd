package dev.mamori.regulatory.rules;

import java.util.Locale;
import java.util.Objects;

/** A reason for a decision, in Japanese and English. */
public record Reason(String ja, String en) {

	public Reason {
		Objects.requireNonNull(ja, "ja");
		Objects.requireNonNull(en, "en");
	}

	public String in(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.en : this.ja;
	}

}
