package dev.mamori.sbom.model;

/**
 * How two components relate. Table 4's "relationship" is containment ("upstream component
 * X is included in software Y"); dependencies are kept too, as tools report them.
 */
public enum RelationshipType {

	/**
	 * {@code from} includes {@code to} (CycloneDX nesting or assembly, SPDX
	 * CONTAINS/CONTAINED_BY, PACKAGE_OF…).
	 */
	CONTAINS,

	/**
	 * {@code from} depends on {@code to} (CycloneDX dependencies, SPDX
	 * DEPENDS_ON/DEPENDENCY_OF and kin).
	 */
	DEPENDS_ON,

	/**
	 * {@code from} (the document or primary component) describes {@code to} (SPDX
	 * DESCRIBES).
	 */
	DESCRIBES,

	/** Any other declared relationship; kept so that a component counts as related. */
	OTHER

}
