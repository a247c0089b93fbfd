package dev.mamori.web;

import dev.mamori.common.DomainException;
import dev.mamori.common.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves a message code in the current request's language, for text built outside
 * templates.
 */
@Component
public class Messages {

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	public String get(MessageSourceResolvable resolvable) {
		return this.source.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	public String get(String code, Object... arguments) {
		return this.source.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	/**
	 * A refusal as one line for a page: its message, then each violation's, as a form
	 * shows them in an alert.
	 */
	public String describe(DomainException refusal) {
		StringBuilder text = new StringBuilder(get(refusal.messageCode(), refusal.arguments()));
		if (refusal instanceof ValidationFailedException validation) {
			validation.violations()
				.forEach(
						(violation) -> text.append(' ').append(get(violation.code(), violation.arguments().toArray())));
		}
		return text.toString();
	}

}
