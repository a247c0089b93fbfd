package dev.mamori.web;

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

}
