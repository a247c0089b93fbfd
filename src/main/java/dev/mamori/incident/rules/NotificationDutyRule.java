package dev.mamori.incident.rules;

import java.util.List;
import java.util.Set;

/**
 * One notification an incident may oblige the manufacturer to make or support (I4): to
 * whom, why, and on which facts. It is owed when any of {@code anyOf} holds.
 *
 * @param key stable key, stored with the duty's state
 * @param recipient who is to be told
 * @param reason why, citing the source
 * @param requirement the requirement id (I4, A4)
 */
public record NotificationDutyRule(String key, LocalizedText recipient, LocalizedText reason, String requirement,
		List<IncidentFact> anyOf) {

	public NotificationDutyRule {
		anyOf = List.copyOf(anyOf);
	}

	public boolean appliesTo(Set<IncidentFact> facts) {
		return this.anyOf.stream().anyMatch(facts::contains);
	}

}
