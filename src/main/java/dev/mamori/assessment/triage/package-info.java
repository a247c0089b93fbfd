/**
 * VEX-aligned triage (V2-V4): the analysis of a finding as CycloneDX and CSAF VEX name it
 * (state, justification, responses, detail) and the rules an analysis change must keep.
 * Pure: no Spring, no I/O.
 */
package dev.mamori.assessment.triage;
