package dev.mamori.assessment.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One metric of a CVSS version: its abbreviation, group and allowed values.
 *
 * @param notDefined the value that means "not defined" ({@code X}, or {@code ND} in 2.0),
 * or {@code null} for base metrics, which must be given
 */
public record MetricDefinition(String name, MetricGroup group, List<String> values, String notDefined) {

	public MetricDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(group, "group");
		values = List.copyOf(values);
		if (notDefined != null && !values.contains(notDefined)) {
			throw new IllegalArgumentException(name + ": the not-defined value must be allowed");
		}
	}

	static MetricDefinition base(String name, String... values) {
		return new MetricDefinition(name, MetricGroup.BASE, List.of(values), null);
	}

	static MetricDefinition optional(String name, MetricGroup group, String notDefined, String... values) {
		return new MetricDefinition(name, group, List.of(values), notDefined);
	}

	public boolean mandatory() {
		return this.notDefined == null;
	}

}
