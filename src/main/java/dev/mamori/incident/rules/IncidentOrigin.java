package dev.mamori.incident.rules;

/** How Mamori learned of the incident. */
public enum IncidentOrigin {

	/** Entered by hand. */
	MANUAL,

	/** A call or message from a hospital (reporter organisation and contact recorded). */
	HOSPITAL_CALL,

	/** Opened from a finding: a vulnerability matched on the product version. */
	FINDING,

	/** Opened from a coordinated vulnerability disclosure report. */
	CVD_REPORT

}
