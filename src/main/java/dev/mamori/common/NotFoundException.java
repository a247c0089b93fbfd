package dev.mamori.common;

import java.util.List;

/**
 * The addressed entity does not exist (or the caller may not know that it does). HTTP
 * 404.
 */
public final class NotFoundException extends DomainException {

	public NotFoundException(String entityMessageCode, Object id) {
		super("error.notFound", List.of(entityMessageCode, String.valueOf(id)));
	}

}
