package dev.mamori.incident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;

/**
 * What a user enters to open an incident; checked by the service.
 *
 * @param informationObtained the day the company first learned of it; today when
 * {@code null}
 */
public record NewIncident(UUID product, UUID version, String title, IncidentOrigin origin, String reporterOrganization,
		String reporterContact, Instant receivedAt, LocalDate informationObtained, String cvdReference,
		String component, String description, IncidentSeverity severity, List<String> installations,
		List<String> vulnerabilities) {

	public NewIncident {
		installations = (installations != null) ? List.copyOf(installations) : List.of();
		vulnerabilities = (vulnerabilities != null) ? List.copyOf(vulnerabilities) : List.of();
	}

}
