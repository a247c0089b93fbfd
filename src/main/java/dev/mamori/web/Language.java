package dev.mamori.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface. Japanese is the default. */
public enum Language {

	JA(Locale.JAPANESE), EN(Locale.ENGLISH);

	public static final Language DEFAULT = JA;

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public String code() {
		return this.locale.getLanguage();
	}

	/**
	 * The language of a code or locale tag such as {@code en}, {@code en-US} or
	 * {@code ja_JP}.
	 */
	public static Optional<Language> fromTag(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = tag.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((candidate) -> candidate.code().equals(language)).findFirst();
	}

	public static Language of(Locale locale) {
		return fromTag(locale.getLanguage()).orElse(DEFAULT);
	}

}
