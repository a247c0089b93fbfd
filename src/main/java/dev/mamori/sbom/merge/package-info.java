/**
 * The combined component tree of a product version (S1): its own SBOM, with each vendor
 * SBOM's components placed under the component the vendor SBOM describes, marked
 * "supplied by". Pure Java.
 */
package dev.mamori.sbom.merge;
