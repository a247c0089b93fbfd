package dev.mamori.sbom.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A cryptographic hash of a component. The algorithm is written as CycloneDX names it
 * ({@code SHA-256}, {@code SHA-1}, {@code MD5}, {@code SHA3-256}, {@code BLAKE2b-256} …)
 * whatever the source format; the value is lower-case hexadecimal.
 */
public record ComponentHash(String algorithm, String value) {

	public ComponentHash {
		Objects.requireNonNull(algorithm, "algorithm");
		Objects.requireNonNull(value, "value");
		value = value.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.algorithm + ":" + this.value;
	}

}
