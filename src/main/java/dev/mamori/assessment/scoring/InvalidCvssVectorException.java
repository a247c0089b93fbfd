package dev.mamori.assessment.scoring;

import java.util.List;
import java.util.Objects;

import dev.mamori.common.DomainException;

/**
 * A vector string that is not a valid CVSS vector. It is refused, never scored as zero:
 * the reason says what is wrong and {@link #offendingPart()} where.
 */
public final class InvalidCvssVectorException extends DomainException {

	/** Why a vector was refused; each has its message code {@code cvss.invalid.*}. */
	public enum Reason {

		/** Nothing was given. */
		EMPTY("cvss.invalid.empty"),

		/** A {@code CVSS:x.y} prefix of a version Mamori does not know. */
		UNKNOWN_VERSION("cvss.invalid.unknownVersion"),

		/** A part that is not {@code METRIC:VALUE}. */
		MALFORMED_PART("cvss.invalid.malformedPart"),

		UNKNOWN_METRIC("cvss.invalid.unknownMetric"),

		DUPLICATE_METRIC("cvss.invalid.duplicateMetric"),

		INVALID_VALUE("cvss.invalid.invalidValue"),

		/** A base metric is missing; the offending part lists every missing one. */
		MISSING_BASE_METRIC("cvss.invalid.missingBaseMetric");

		private final String messageCode;

		Reason(String messageCode) {
			this.messageCode = messageCode;
		}

		public String messageCode() {
			return this.messageCode;
		}

	}

	private final Reason reason;

	private final String offendingPart;

	public InvalidCvssVectorException(Reason reason, String offendingPart) {
		super(reason.messageCode(), List.of(Objects.requireNonNullElse(offendingPart, "")));
		this.reason = reason;
		this.offendingPart = Objects.requireNonNullElse(offendingPart, "");
	}

	public Reason reason() {
		return this.reason;
	}

	/** The part of the vector that is wrong, as given (empty when nothing was given). */
	public String offendingPart() {
		return this.offendingPart;
	}

}
