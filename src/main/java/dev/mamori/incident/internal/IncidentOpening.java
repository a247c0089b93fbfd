package dev.mamori.incident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;

/**
 * How an incident came in: fixed once opened.
 *
 * @param informationObtained the day the company first had the minimum information
 * (Asia/Tokyo): day 0 of a malfunction-report deadline
 */
public record IncidentOpening(String title, IncidentOrigin origin, String reporterOrganization, String reporterContact,
		Instant receivedAt, LocalDate informationObtained, String cvdReference, String component, String description,
		IncidentSeverity severity, List<String> installations) {

	public IncidentOpening {
		installations = List.copyOf(installations);
	}

}
