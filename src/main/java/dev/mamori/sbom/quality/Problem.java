package dev.mamori.sbom.quality;

import java.util.List;
import java.util.Objects;

/**
 * A defect of an SBOM beyond missing elements, as a message code with arguments.
 *
 * @param kind what sort of defect
 * @param componentRef the component concerned, or {@code null} for the document
 */
public record Problem(Kind kind, String componentRef, String code, List<Object> arguments) {

	/** The sorts of defect the check reports. */
	public enum Kind {

		/** No purl, CPE or SWID tag id: it cannot be matched to vulnerabilities. */
		NO_IDENTIFIER,

		/** A purl that does not parse. */
		MALFORMED_PURL,

		/** A CPE that does not parse. */
		MALFORMED_CPE,

		/**
		 * The same component (identifier and version, or name and version) listed twice.
		 */
		DUPLICATE,

		/** Something the reader accepted leniently. */
		READ_WARNING

	}

	public Problem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

}
