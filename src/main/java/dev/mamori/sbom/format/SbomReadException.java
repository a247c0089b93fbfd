package dev.mamori.sbom.format;

import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

	/** JSON that does not parse, with the line and column the parser stopped at. */
	public static SbomReadException malformedJson(JsonProcessingException ex) {
		JsonLocation location = ex.getLocation();
		int line = (location != null) ? location.getLineNr() : 0;
		int column = (location != null) ? location.getColumnNr() : 0;
		return new SbomReadException("sbom.read.malformedJson", "line " + line, line, column, ex.getOriginalMessage());
	}

	/** XML that does not parse, with the line and column the parser stopped at. */
	public static SbomReadException malformedXml(XMLStreamException ex) {
		Location location = ex.getLocation();
		int line = (location != null) ? location.getLineNumber() : 0;
		int column = (location != null) ? location.getColumnNumber() : 0;
		return new SbomReadException("sbom.read.malformedXml", "line " + line, line, column, ex.getMessage());
	}

	/** Where in the document the problem is, or {@code null}. */
	public String location() {
		return this.location;
	}

}
