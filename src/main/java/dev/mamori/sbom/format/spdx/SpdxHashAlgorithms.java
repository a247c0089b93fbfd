package dev.mamori.sbom.format.spdx;

import java.util.HashMap;
import java.util.Map;

/**
 * Checksum algorithm names between SPDX and the model. The model spells them as CycloneDX
 * does ({@code SHA-256}, {@code SHA3-256}, {@code BLAKE2b-256}); algorithms CycloneDX
 * lacks keep SPDX's name in the same style ({@code SHA-224}, {@code MD2}, {@code MD4},
 * {@code MD6}, {@code ADLER32}). Names are compared without case, {@code -} and
 * {@code _}, so SPDX 2 ({@code SHA3-256}), SPDX 3 ({@code sha3_256}) and CycloneDX
 * ({@code SHA3-256}) spellings all match.
 */
final class SpdxHashAlgorithms {

	private static final Map<String, String> MODEL_BY_KEY = new HashMap<>();

	private static final Map<String, String> SPDX2_BY_MODEL = new HashMap<>();

	static {
		add("SHA-1", "SHA1");
		add("SHA-224", "SHA224");
		add("SHA-256", "SHA256");
		add("SHA-384", "SHA384");
		add("SHA-512", "SHA512");
		add("SHA3-256", "SHA3-256");
		add("SHA3-384", "SHA3-384");
		add("SHA3-512", "SHA3-512");
		add("MD2", "MD2");
		add("MD4", "MD4");
		add("MD5", "MD5");
		add("MD6", "MD6");
		add("BLAKE2b-256", "BLAKE2b-256");
		add("BLAKE2b-384", "BLAKE2b-384");
		add("BLAKE2b-512", "BLAKE2b-512");
		add("BLAKE3", "BLAKE3");
		add("ADLER32", "ADLER32");
	}

	private SpdxHashAlgorithms() {
	}

	private static void add(String model, String spdx2) {
		MODEL_BY_KEY.put(SpdxText.vocabularyKey(model), model);
		SPDX2_BY_MODEL.put(SpdxText.vocabularyKey(model), spdx2);
	}

	/** The model's name for an SPDX 2 or SPDX 3 algorithm, or {@code null} if unknown. */
	static String toModel(String spdxName) {
		return (spdxName != null) ? MODEL_BY_KEY.get(SpdxText.vocabularyKey(spdxName)) : null;
	}

	/**
	 * The SPDX 2.3 name of a model algorithm, or {@code null} when SPDX 2.3 has none
	 * (such a hash cannot be written).
	 */
	static String toSpdx2(String modelName) {
		return (modelName != null) ? SPDX2_BY_MODEL.get(SpdxText.vocabularyKey(modelName)) : null;
	}

}
