package dev.mamori.incident.internal;

import java.time.Instant;
import java.time.LocalDate;

import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.product.Products;

/** A line of the incident list. */
public record IncidentSummary(String id, String title, String productId, String productName, String versionId,
		String version, IncidentOrigin origin, IncidentSeverity severity, IncidentState state,
		LocalDate informationObtained, Instant openedAt) {

	static IncidentSummary of(Incident incident, Products.VersionSnapshot version) {
		return new IncidentSummary(incident.id().toString(), incident.opening().title(), incident.product().toString(),
				(version != null) ? version.productName() : "?", incident.version().toString(),
				(version != null) ? version.version() : "?", incident.opening().origin(), incident.opening().severity(),
				incident.investigation().state(), incident.opening().informationObtained(), incident.openedAt());
	}

}
