package dev.mamori.common;

import java.util.List;

/**
 * The request is valid on its own but clashes with the current state: a duplicate key, a
 * stale revision, an entity still referenced by records that must be kept. HTTP 409.
 */
public final class ConflictException extends DomainException {

	public ConflictException(String messageCode, Object... arguments) {
		super(messageCode, List.of(arguments));
	}

}
