package dev.mamori.sbom.format.spdx;

import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.RelationshipType;

/**
 * What each SPDX 3.0 relationship type means in the model. SPDX 3 writes every type in
 * the model's direction ({@code from} contains or depends on {@code to}), so none is
 * inverted. The licence relationships are not relationships between components: the
 * reader turns them into the component's licences.
 */
final class Spdx3RelationshipTypes {

	static final String CONCLUDED_LICENSE = "hasConcludedLicense";

	static final String DECLARED_LICENSE = "hasDeclaredLicense";

	private static final Map<String, RelationshipType> MEANINGS = Map.of("contains", RelationshipType.CONTAINS,
			"hasOptionalComponent", RelationshipType.CONTAINS, "dependsOn", RelationshipType.DEPENDS_ON,
			"hasStaticLink", RelationshipType.DEPENDS_ON, "hasDynamicLink", RelationshipType.DEPENDS_ON,
			"hasProvidedDependency", RelationshipType.DEPENDS_ON, "hasOptionalDependency", RelationshipType.DEPENDS_ON,
			"describes", RelationshipType.DESCRIBES);

	/** The rest of SPDX 3.0.1's vocabulary: kept as OTHER, without a warning. */
	private static final Set<String> OTHER_TYPES = Set.of("affects", "amendedBy", "ancestorOf", "availableFrom",
			"configures", "coordinatedBy", "copiedTo", "delegatedTo", "descendantOf", "doesNotAffect", "expandsTo",
			"exploitCreatedBy", "fixedBy", "fixedIn", "foundBy", "generates", "hasAddedFile", "hasAssessmentFor",
			"hasAssociatedVulnerability", "hasDataFile", "hasDeletedFile", "hasDependencyManifest",
			"hasDistributionArtifact", "hasDocumentation", "hasEvidence", "hasExample", "hasHost", "hasInput",
			"hasMetadata", "hasOutput", "hasPrerequisite", "hasRequirement", "hasSpecification", "hasTest",
			"hasTestCase", "hasVariant", "invokedBy", "modifiedBy", "other", "packagedBy", "patchedBy", "publishedBy",
			"reportedBy", "republishedBy", "serializedInArtifact", "testedOn", "trainedOn", "underInvestigationFor",
			"usesTool");

	private Spdx3RelationshipTypes() {
	}

	/** The meaning of a type, or {@code null} when SPDX 3.0 does not define it. */
	static RelationshipType meaning(String type) {
		RelationshipType meaning = MEANINGS.get(type);
		if (meaning == null && OTHER_TYPES.contains(type)) {
			return RelationshipType.OTHER;
		}
		return meaning;
	}

	static boolean isLicence(String type) {
		return CONCLUDED_LICENSE.equals(type) || DECLARED_LICENSE.equals(type);
	}

}
