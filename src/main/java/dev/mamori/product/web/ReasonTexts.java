package dev.mamori.product.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.mamori.product.internal.RuleCatalogs;
import dev.mamori.product.lifecycle.ControlIds;
import dev.mamori.product.lifecycle.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says the reasons behind derived results in the reader's language, naming controls by
 * their names.
 */
@Component
class ReasonTexts {

	private final MessageSource messages;

	private final RuleCatalogs rules;

	ReasonTexts(MessageSource messages, RuleCatalogs rules) {
		this.messages = messages;
		this.rules = rules;
	}

	List<String> texts(List<Reason> reasons, Locale locale) {
		return reasons.stream().map((reason) -> text(reason, locale)).toList();
	}

	String text(Reason reason, Locale locale) {
		Object[] arguments = reason.arguments().stream().map((argument) -> argument(argument, locale)).toArray();
		return this.messages.getMessage(reason.code(), arguments, reason.code(), locale);
	}

	private Object argument(Object argument, Locale locale) {
		if (argument instanceof ControlIds controls) {
			String separator = "ja".equals(locale.getLanguage()) ? "、" : ", ";
			return controls.ids()
				.stream()
				.map((id) -> this.rules.controls().nameOf(id, locale.getLanguage()))
				.collect(Collectors.joining(separator));
		}
		return argument;
	}

}
