/**
 * What changed between two component lists (S4, P3): components added, removed, and
 * changed in version, supplier, hashes, licences or identifier. Pure Java.
 */
package dev.mamori.sbom.diff;
