package dev.mamori.sbom.format;

import java.util.List;

import dev.mamori.common.DomainException;

/**
 * A document that cannot be read as an SBOM, with a message code saying why and where
 * (line and column, JSON pointer, element, zip entry). Nothing is stored when this is
 * thrown.
 */
public final class SbomReadException extends DomainException {

	private final String location;

	public SbomReadException(String messageCode, String location, Object... arguments) {
		super(messageCode, List.of(arguments));
		this.location = location;
	}

	/** Where in the document the problem is, or {@code null}. */
	public String location() {
		return this.location;
	}

}
