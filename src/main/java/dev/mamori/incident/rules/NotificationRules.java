package dev.mamori.incident.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versioned rule set of notifications owed to others (I4), as loaded from data. The
 * checks refuse a rule set that could not be applied: duplicate keys, a rule without
 * facts, missing texts.
 */
public record NotificationRules(String id, String version, List<NotificationDutyRule> duties) {

	public NotificationRules {
		duties = List.copyOf(duties);
		List<String> problems = problems(id, version, duties);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("invalid incident notification rules: " + String.join("; ", problems));
		}
	}

	/** The duties owed on these facts, in the order of the rule set. */
	public List<NotificationDutyRule> owed(Set<IncidentFact> facts) {
		return this.duties.stream().filter((duty) -> duty.appliesTo(facts)).toList();
	}

	public NotificationDutyRule find(String key) {
		return this.duties.stream().filter((duty) -> duty.key().equals(key)).findFirst().orElse(null);
	}

	private static List<String> problems(String id, String version, List<NotificationDutyRule> duties) {
		List<String> problems = new ArrayList<>();
		if (id == null || id.isBlank() || version == null || version.isBlank()) {
			problems.add("id and version are required");
		}
		Set<String> keys = new HashSet<>();
		for (NotificationDutyRule duty : duties) {
			if (duty.key() == null || !duty.key().matches("[a-z0-9-]{1,40}")) {
				problems.add("bad key " + duty.key());
			}
			else if (!keys.add(duty.key())) {
				problems.add("duplicate key " + duty.key());
			}
			if (duty.anyOf().isEmpty()) {
				problems.add("duty " + duty.key() + " applies to no fact");
			}
			if (duty.recipient() == null || duty.reason() == null || duty.requirement() == null) {
				problems.add("duty " + duty.key() + " lacks recipient, reason or requirement");
			}
		}
		return problems;
	}

}
