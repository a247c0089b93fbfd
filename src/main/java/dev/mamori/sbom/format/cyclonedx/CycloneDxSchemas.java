package dev.mamori.sbom.format.cyclonedx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.ReadWarning;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates CycloneDX documents against the schema of their version, with the schemas
 * cyclonedx-core-java bundles and loads ({@link JsonParser#getJsonSchema},
 * {@link XmlParser#getXmlSchema}: the same ones its {@code validate} methods use). The
 * schemas are taken from the library rather than through {@code validate} so that each
 * error keeps where it is (JSON pointer, XML line), which {@code validate} drops, and so
 * that a compiled schema is reused: compiling the 1.6 schemas costs more than validating
 * most documents. Nothing is fetched over the network: the library maps every schema
 * reference to its class path, and the XML schema factory allows no external access.
 * <p>
 * One leniency: a JSON value that fails only the {@code iri-reference} or
 * {@code idn-email} format (npm tools write Git URLs as {@code git@github.com:org/repo},
 * which RFC 3987 does not allow) is reported as a warning instead of refusing the SBOM;
 * format assertion is optional in JSON Schema draft 7, Mamori does not use those values,
 * and the XML schema ({@code xs:anyURI}) accepts them. {@code date-time} stays strict:
 * the timestamp is a minimum element.
 */
final class CycloneDxSchemas {

	/** At most this many errors are quoted in the message; the count gives the rest. */
	static final int QUOTED_ERRORS = 3;

	private static final int MAX_ERROR_LENGTH = 240;

	private static final Set<String> LENIENT_FORMATS = Set.of("iri-reference", "idn-email");

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final Map<Version, Schema> JSON_SCHEMAS = new ConcurrentHashMap<>();

	private static final Map<Version, javax.xml.validation.Schema> XML_SCHEMAS = new ConcurrentHashMap<>();

	private CycloneDxSchemas() {
	}

	/**
	 * Validates a parsed JSON document.
	 * @return warnings for values accepted leniently
	 * @throws SbomReadException {@code sbom.read.cyclonedx.invalid} when it does not
	 * conform
	 */
	static List<ReadWarning> validateJson(JsonNode bom, Version version) {
		List<Error> errors = jsonSchema(version).validate(bom);
		List<Problem> problems = new ArrayList<>();
		List<Problem> lenient = new ArrayList<>();
		for (Error error : errors) {
			Problem problem = new Problem(pointer(error), error.getMessage());
			if (isLenientFormat(error)) {
				lenient.add(problem);
			}
			else {
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			throw invalid(version, problems);
		}
		if (lenient.isEmpty()) {
			return List.of();
		}
		Problem first = lenient.get(0);
		return List.of(ReadWarning.of("sbom.read.cyclonedx.lenientFormat", first.location(), lenient.size(),
				first.describe()));
	}

	/**
	 * Validates an XML document (whose DOCTYPE the caller has already refused).
	 * @throws SbomReadException {@code sbom.read.cyclonedx.invalid} when it does not
	 * conform
	 */
	static void validateXml(byte[] content, Version version) {
		Validator validator = xmlSchema(version).newValidator();
		List<Problem> problems = new ArrayList<>();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new CollectingHandler(problems));
			validator.validate(new StreamSource(new ByteArrayInputStream(content)));
		}
		catch (SAXParseException ex) {
			// A fatal error (the handler rethrows those): the document stops here.
			problems.add(problem(ex));
		}
		catch (SAXException ex) {
			problems.add(new Problem(null, ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			throw invalid(version, problems);
		}
	}

	private static Schema jsonSchema(Version version) {
		return JSON_SCHEMAS.computeIfAbsent(version, (key) -> {
			try {
				return new JsonParser().getJsonSchema(key, MAPPER);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("CycloneDX " + key.getVersionString() + " JSON schema", ex);
			}
		});
	}

	private static javax.xml.validation.Schema xmlSchema(Version version) {
		return XML_SCHEMAS.computeIfAbsent(version, (key) -> {
			try {
				return new XmlParser().getXmlSchema(key);
			}
			catch (SAXException ex) {
				throw new IllegalStateException("CycloneDX " + key.getVersionString() + " XML schema", ex);
			}
		});
	}

	private static boolean isLenientFormat(Error error) {
		Object[] arguments = error.getArguments();
		return "format".equals(error.getKeyword()) && arguments != null && arguments.length > 0
				&& LENIENT_FORMATS.contains(String.valueOf(arguments[0]));
	}

	private static String pointer(Error error) {
		String location = (error.getInstanceLocation() != null) ? error.getInstanceLocation().toString() : "";
		return location.isEmpty() ? "/" : location;
	}

	private static SbomReadException invalid(Version version, List<Problem> problems) {
		String quoted = String.join("; ", problems.stream().limit(QUOTED_ERRORS).map(Problem::describe).toList());
		return new SbomReadException("sbom.read.cyclonedx.invalid", problems.get(0).location(),
				version.getVersionString(), problems.size(), quoted);
	}

	private static Problem problem(SAXParseException ex) {
		return new Problem("line " + ex.getLineNumber(), ex.getMessage());
	}

	/** One schema error: where, and what. */
	record Problem(String location, String message) {

		String describe() {
			String text = (message != null) ? message : "";
			if (text.length() > MAX_ERROR_LENGTH) {
				text = text.substring(0, MAX_ERROR_LENGTH) + "…";
			}
			return (location != null) ? location + ": " + text : text;
		}

	}

	/**
	 * Collects errors and goes on, so that the count is complete; stops on fatal ones.
	 */
	private static final class CollectingHandler implements ErrorHandler {

		private final List<Problem> problems;

		CollectingHandler(List<Problem> problems) {
			this.problems = problems;
		}

		@Override
		public void warning(SAXParseException exception) {
			// Schema warnings do not make a document invalid.
		}

		@Override
		public void error(SAXParseException exception) {
			this.problems.add(problem(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

	}

}
