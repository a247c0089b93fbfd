/**
 * SBOM management (S1–S7, P3): every upload stored byte for byte with its SHA-256, read
 * into a normalized model of components and relationships, checked against the NTIA
 * minimum elements, kept as a history of revisions per product version with diffs, vendor
 * SBOMs merged under the component they describe, a component repository across the
 * portfolio, component end-of-support compared with the device's, and exports in
 * CycloneDX, SPDX and the table of the guide (Table 5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "SBOM",
		allowedDependencies = { "common", "access", "audit", "web", "database", "product", "cli" })
package dev.mamori.sbom;
