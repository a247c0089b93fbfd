package dev.mamori.sbom;

import java.util.Objects;
import java.util.UUID;

/** Identifies one uploaded SBOM document (a product SBOM revision, or a vendor SBOM). */
public record SbomDocumentId(UUID value) {

	public SbomDocumentId {
		Objects.requireNonNull(value, "value");
	}

	public static SbomDocumentId random() {
		return new SbomDocumentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
