package dev.mamori.incident.rules;

/** The PSIRT's working severity of the incident, for ordering the work. */
public enum IncidentSeverity {

	LOW, MEDIUM, HIGH, CRITICAL

}
