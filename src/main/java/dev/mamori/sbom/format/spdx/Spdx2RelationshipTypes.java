package dev.mamori.sbom.format.spdx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.RelationshipType;

/**
 * What each SPDX 2.3 relationship type means in the model, and in which direction. The
 * model always points from the container to the contained and from the dependent to its
 * dependency, so the {@code …_OF} and {@code …_BY} forms are inverted.
 */
final class Spdx2RelationshipTypes {

	/** The normalized type, and whether SPDX's element and related element swap. */
	record Meaning(RelationshipType type, boolean inverted) {
	}

	private static final Map<String, Meaning> MEANINGS = new HashMap<>();

	/** The rest of SPDX 2.3's vocabulary: kept as OTHER, without a warning. */
	private static final Set<String> OTHER_TYPES = Set.of("AMENDS", "ANCESTOR_OF", "BUILD_TOOL_OF", "COPY_OF",
			"DATA_FILE_OF", "DEPENDENCY_MANIFEST_OF", "DESCENDANT_OF", "DEV_TOOL_OF", "DISTRIBUTION_ARTIFACT",
			"DOCUMENTATION_OF", "EXAMPLE_OF", "EXPANDED_FROM_ARCHIVE", "FILE_ADDED", "FILE_DELETED", "FILE_MODIFIED",
			"GENERATED_FROM", "GENERATES", "HAS_PREREQUISITE", "METAFILE_OF", "OTHER", "PATCH_APPLIED", "PATCH_FOR",
			"PREREQUISITE_FOR", "REQUIREMENT_DESCRIPTION_FOR", "SPECIFICATION_FOR", "TEST_CASE_OF", "TEST_OF",
			"TEST_TOOL_OF", "VARIANT_OF");

	static {
		MEANINGS.put("DESCRIBES", new Meaning(RelationshipType.DESCRIBES, false));
		MEANINGS.put("DESCRIBED_BY", new Meaning(RelationshipType.DESCRIBES, true));
		MEANINGS.put("CONTAINS", new Meaning(RelationshipType.CONTAINS, false));
		MEANINGS.put("CONTAINED_BY", new Meaning(RelationshipType.CONTAINS, true));
		// "A PACKAGE_OF B": A is packaged as part of B, so B contains A.
		MEANINGS.put("PACKAGE_OF", new Meaning(RelationshipType.CONTAINS, true));
		MEANINGS.put("OPTIONAL_COMPONENT_OF", new Meaning(RelationshipType.CONTAINS, true));
		MEANINGS.put("DEPENDS_ON", new Meaning(RelationshipType.DEPENDS_ON, false));
		// "A DYNAMIC_LINK B": A dynamically links to B, so A depends on B; same for
		// static.
		MEANINGS.put("DYNAMIC_LINK", new Meaning(RelationshipType.DEPENDS_ON, false));
		MEANINGS.put("STATIC_LINK", new Meaning(RelationshipType.DEPENDS_ON, false));
		for (String kind : new String[] { "", "BUILD_", "DEV_", "OPTIONAL_", "PROVIDED_", "RUNTIME_", "TEST_" }) {
			MEANINGS.put(kind + "DEPENDENCY_OF", new Meaning(RelationshipType.DEPENDS_ON, true));
		}
		for (String other : OTHER_TYPES) {
			MEANINGS.put(other, new Meaning(RelationshipType.OTHER, false));
		}
	}

	private Spdx2RelationshipTypes() {
	}

	/**
	 * The meaning of a declared type (compared without case), or {@code null} when SPDX
	 * 2.3 does not define it.
	 */
	static Meaning meaning(String declared) {
		return MEANINGS.get(declared.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * Whether an SPDX 2.3 type needs no direction or meaning change to be written as it
	 * was declared (so a model OTHER relationship can keep its declared type).
	 */
	static boolean isOtherType(String declared) {
		return declared != null && OTHER_TYPES.contains(declared);
	}

}
