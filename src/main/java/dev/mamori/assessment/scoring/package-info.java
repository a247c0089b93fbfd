/**
 * CVSS 2.0, 3.0, 3.1 and 4.0 (V2): a strict parser that names the offending part of an
 * invalid vector, and scores (base, temporal or threat, environmental) with their
 * severities. {@link dev.mamori.assessment.scoring.CvssScores} is the entry point; the
 * scoring library behind it stays replaceable. Pure: no Spring, no I/O.
 */
package dev.mamori.assessment.scoring;
