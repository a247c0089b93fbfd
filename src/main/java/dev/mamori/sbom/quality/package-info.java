/**
 * The NTIA minimum elements check (S3, Table 4 of the guide): per SBOM and per component,
 * which of supplier, name, version, unique identifier, relationships, author and
 * timestamp are missing (hash reported as optional), plus what makes a component unusable
 * for vulnerability matching: no identifier, malformed purls or CPEs, duplicates. Pure
 * Java.
 */
package dev.mamori.sbom.quality;
