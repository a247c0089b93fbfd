package dev.mamori.assessment.risk;

import java.util.Arrays;
import java.util.Locale;

/**
 * The decision points and outcomes of CERT/CC's SSVC supplier tree (Patch Development
 * Priority). Labels are CERT/CC's, lower case with hyphens ({@code public-poc},
 * {@code super-effective}, {@code out-of-cycle}).
 */
public final class SsvcSupplierDecision {

	private SsvcSupplierDecision() {
	}

	/** The state of exploitation. */
	public enum Exploitation {

		NONE, PUBLIC_POC, ACTIVE

	}

	/** How useful exploitation is to an adversary (Automatable + Value Density). */
	public enum Utility {

		LABORIOUS, EFFICIENT, SUPER_EFFECTIVE

	}

	public enum TechnicalImpact {

		PARTIAL, TOTAL

	}

	public enum PublicSafetyImpact {

		MINIMAL, SIGNIFICANT

	}

	/** How soon the supplier develops a fix. */
	public enum Priority {

		DEFER, SCHEDULED, OUT_OF_CYCLE, IMMEDIATE

	}

	/** The CERT/CC label of a value: {@code PUBLIC_POC} → {@code public-poc}. */
	public static String label(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The value with the given CERT/CC label (spaces and hyphens alike, any case).
	 * @throws IllegalArgumentException for a label the type does not have
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String label) {
		String name = String.valueOf(label).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> value.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a value of " + type.getSimpleName() + ": " + label));
	}

}
