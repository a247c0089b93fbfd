/**
 * The release gate (V4): whether a product version may be released, given its findings
 * and their analysis. Pure: no Spring, no I/O.
 */
package dev.mamori.assessment.gate;
