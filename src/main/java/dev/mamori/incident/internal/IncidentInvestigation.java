package dev.mamori.incident.internal;

import java.util.List;

import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.MalwareHandling;
import dev.mamori.incident.rules.PatientImpact;

/** What the investigation of an incident has found so far. */
public record IncidentInvestigation(IncidentState state, Checklist checklist, Answer cyberattack,
		Answer deviceVulnerability, PatientImpact impact, MalwareHandling malware, boolean networkOverload,
		String networkMeasures, List<String> vulnerabilities) {

	public IncidentInvestigation {
		vulnerabilities = List.copyOf(vulnerabilities);
	}

}
