package dev.mamori.assessment.rubric;

import java.util.List;

/**
 * How the rubric decides one CVSS base metric: the question(s) it starts from. With
 * several starting questions (the C/I/A grid) each one is a small tree of its own and the
 * metric takes the worst of their values, by {@code order} (least severe first).
 */
public record RubricMetric(String metric, List<String> start, List<String> order) {

	public RubricMetric {
		if (metric == null || start == null || start.isEmpty()) {
			throw new IllegalArgumentException("a rubric metric needs a name and a starting question");
		}
		start = List.copyOf(start);
		order = (order != null) ? List.copyOf(order) : List.of();
		if (start.size() > 1 && order.isEmpty()) {
			throw new IllegalArgumentException(
					"metric " + metric + " combines several questions and needs the order of its values");
		}
	}

	/** The worse of two values of this metric. */
	String worse(String one, String other) {
		return (this.order.indexOf(one) >= this.order.indexOf(other)) ? one : other;
	}

}
