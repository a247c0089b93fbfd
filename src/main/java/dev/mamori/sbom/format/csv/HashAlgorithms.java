package dev.mamori.sbom.format.csv;

import java.util.Locale;
import java.util.Map;

/**
 * Hash algorithm names as CycloneDX spells them (the model's convention), from the
 * spellings people write in a table: {@code sha256}, {@code SHA-256}, {@code SHA_256}.
 */
final class HashAlgorithms {

	private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("MD5", "MD5"),
			Map.entry("SHA1", "SHA-1"), Map.entry("SHA256", "SHA-256"), Map.entry("SHA384", "SHA-384"),
			Map.entry("SHA512", "SHA-512"), Map.entry("SHA3256", "SHA3-256"), Map.entry("SHA3384", "SHA3-384"),
			Map.entry("SHA3512", "SHA3-512"), Map.entry("BLAKE2B256", "BLAKE2b-256"),
			Map.entry("BLAKE2B384", "BLAKE2b-384"), Map.entry("BLAKE2B512", "BLAKE2b-512"),
			Map.entry("BLAKE3", "BLAKE3"));

	private HashAlgorithms() {
	}

	/** The CycloneDX name, or the name as given (trimmed) when it is none of those. */
	static String canonical(String name) {
		String key = name.strip().toUpperCase(Locale.ROOT).replaceAll("[-_\\s]", "");
		return CANONICAL.getOrDefault(key, name.strip());
	}

}
