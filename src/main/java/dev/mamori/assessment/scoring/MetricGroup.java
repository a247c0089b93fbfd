package dev.mamori.assessment.scoring;

/** The metric groups of the CVSS versions; which ones a version has depends on it. */
public enum MetricGroup {

	BASE,

	/** CVSS 2.0 and 3.x. */
	TEMPORAL,

	/** CVSS 4.0 (Exploit Maturity). */
	THREAT,

	ENVIRONMENTAL,

	/** CVSS 4.0; never changes the score. */
	SUPPLEMENTAL

}
