package dev.mamori.common;

import java.util.List;

/**
 * A refusal the user can act on. It carries a message code and arguments rather than
 * text; adapters translate it ({@code messages_ja.properties} is the default language).
 */
public abstract class DomainException extends RuntimeException {

	private final String messageCode;

	private final List<Object> arguments;

	protected DomainException(String messageCode, List<Object> arguments) {
		super(messageCode + " " + arguments);
		this.messageCode = messageCode;
		this.arguments = List.copyOf(arguments);
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
