package dev.mamori.regulatory.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One alternative of a rule row's {@code when}: every named fact must have one of the
 * listed values. An empty condition always holds (the table's last row).
 */
public record Condition(Map<String, Set<String>> facts) {

	public Condition {
		facts = Map.copyOf(facts);
		for (String name : facts.keySet()) {
			Set<String> domain = CaseFacts.domain(name);
			if (facts.get(name).isEmpty()) {
				throw new IllegalArgumentException("fact \"" + name + "\" lists no value");
			}
			for (String value : facts.get(name)) {
				if (!domain.contains(value)) {
					throw new IllegalArgumentException("fact \"" + name + "\" has no value \"" + value + "\"");
				}
			}
		}
	}

	/**
	 * Whether the condition holds. A required fact that is unknown leaves it undecided
	 * (unless another fact already refutes it): the caller asks for the missing facts.
	 */
	public Match test(CaseFacts caseFacts) {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, Set<String>> fact : this.facts.entrySet()) {
			String value = caseFacts.value(fact.getKey());
			if (value == null) {
				if (CaseFacts.OPTIONAL.contains(fact.getKey())) {
					return Match.NO;
				}
				missing.add(fact.getKey());
			}
			else if (!fact.getValue().contains(value)) {
				return Match.NO;
			}
		}
		return missing.isEmpty() ? Match.YES : new Match(false, List.copyOf(missing));
	}

	/** Holds, or not, or undecided for want of the {@code missing} facts. */
	public record Match(boolean holds, List<String> missing) {

		static final Match YES = new Match(true, List.of());

		static final Match NO = new Match(false, List.of());

		public boolean undecided() {
			return !this.missing.isEmpty();
		}

	}

}
