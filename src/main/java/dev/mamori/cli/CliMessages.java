package dev.mamori.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import dev.mamori.common.DomainException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;

/**
 * The UI's messages ({@code messages_ja/en.properties}) for command-line tools, which run
 * without Spring. The language is {@code MAMORI_LANG} ({@code ja} or {@code en}),
 * Japanese by default.
 */
public final class CliMessages {

	private final Locale locale;

	private final ResourceBundle bundle;

	public CliMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Messages in the language chosen by {@code MAMORI_LANG}. */
	public static CliMessages fromEnvironment() {
		String language = System.getenv("MAMORI_LANG");
		return new CliMessages(
				"en".equalsIgnoreCase((language == null) ? "" : language.strip()) ? Locale.ENGLISH : Locale.JAPANESE);
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String code, Object... arguments) {
		try {
			return new MessageFormat(this.bundle.getString(code), this.locale).format(arguments);
		}
		catch (MissingResourceException ex) {
			return code;
		}
	}

	/** A refusal as one line: its message, and each violation with its field. */
	public String describe(DomainException failure) {
		StringBuilder text = new StringBuilder(get(failure.messageCode(), failure.arguments()));
		if (failure instanceof ValidationFailedException validation) {
			for (Violation violation : validation.violations()) {
				text.append(" ");
				if (violation.field() != null) {
					text.append(violation.field()).append(": ");
				}
				text.append(get(violation.code(), violation.arguments().toArray()));
			}
		}
		return text.toString();
	}

}
