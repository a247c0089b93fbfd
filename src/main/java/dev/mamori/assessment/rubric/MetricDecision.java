package dev.mamori.assessment.rubric;

import java.util.List;

/**
 * What the answers made of one CVSS base metric.
 *
 * @param value the metric's value, or {@code null} while questions on its path are
 * unanswered
 * @param path the questions answered on the way, in the order asked (for the C/I/A grid,
 * all six trees one after the other)
 */
public record MetricDecision(String metric, String value, List<PathStep> path) {

	public MetricDecision {
		path = List.copyOf(path);
	}

	public boolean decided() {
		return this.value != null;
	}

}
