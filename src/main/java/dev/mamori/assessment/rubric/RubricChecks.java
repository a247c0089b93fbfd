package dev.mamori.assessment.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.assessment.scoring.CvssMetricCatalog;
import dev.mamori.assessment.scoring.CvssVersion;
import dev.mamori.assessment.scoring.MetricDefinition;
import dev.mamori.assessment.scoring.MetricGroup;

/**
 * What makes a rubric valid: it decides every CVSS 3.1 base metric exactly once on every
 * path, with values that metric allows; every question it names exists; no question leads
 * back to itself; every question belongs to exactly one metric. A broken rule file must
 * stop the start, not produce a wrong vector later.
 */
final class RubricChecks {

	private RubricChecks() {
	}

	static void check(String cvssVersion, List<RubricMetric> metrics, Map<String, RubricQuestion> questions) {
		if (!CvssVersion.V3_1.label().equals(cvssVersion)) {
			throw new IllegalArgumentException("the rubric produces CVSS 3.1 vectors, not " + cvssVersion);
		}
		List<String> baseMetrics = CvssMetricCatalog.metrics(CvssVersion.V3_1)
			.stream()
			.filter((metric) -> metric.group() == MetricGroup.BASE)
			.map(MetricDefinition::name)
			.toList();
		Map<String, String> ownerOf = new HashMap<>();
		Set<String> covered = new HashSet<>();
		for (RubricMetric metric : metrics) {
			if (!baseMetrics.contains(metric.metric())) {
				throw new IllegalArgumentException(metric.metric() + " is not a CVSS 3.1 base metric");
			}
			if (!covered.add(metric.metric())) {
				throw new IllegalArgumentException("metric " + metric.metric() + " is defined twice");
			}
			List<String> allowed = CvssMetricCatalog.metric(CvssVersion.V3_1, metric.metric()).orElseThrow().values();
			if (!allowed.containsAll(metric.order())) {
				throw new IllegalArgumentException(
						"the order of metric " + metric.metric() + " has values it does not allow");
			}
			for (String start : metric.start()) {
				walk(metric, allowed, start, false, new ArrayList<>(), questions, ownerOf);
			}
		}
		List<String> undecided = baseMetrics.stream().filter((metric) -> !covered.contains(metric)).toList();
		if (!undecided.isEmpty()) {
			throw new IllegalArgumentException("metrics left undecided, no question decides them: " + undecided);
		}
		List<String> orphans = questions.keySet().stream().filter((id) -> !ownerOf.containsKey(id)).toList();
		if (!orphans.isEmpty()) {
			throw new IllegalArgumentException("questions no metric asks: " + orphans);
		}
	}

	private static void walk(RubricMetric metric, List<String> allowed, String id, boolean decided, List<String> path,
			Map<String, RubricQuestion> questions, Map<String, String> ownerOf) {
		RubricQuestion question = questions.get(id);
		if (question == null) {
			throw new IllegalArgumentException("unknown question id " + id + " (metric " + metric.metric() + ")");
		}
		if (path.contains(id)) {
			throw new IllegalArgumentException(
					"cycle in metric " + metric.metric() + ": " + String.join(" → ", path) + " → " + id);
		}
		String owner = ownerOf.putIfAbsent(id, metric.metric());
		if (owner != null && !owner.equals(metric.metric())) {
			throw new IllegalArgumentException(
					"question " + id + " is asked by metrics " + owner + " and " + metric.metric());
		}
		if (question.recordOnly() && !decided) {
			throw new IllegalArgumentException(
					"record-only question " + id + " is reached before metric " + metric.metric() + " is decided");
		}
		List<String> here = new ArrayList<>(path);
		here.add(id);
		for (Branch branch : question.branches()) {
			if (branch.value() != null && decided) {
				throw new IllegalArgumentException(
						"metric " + metric.metric() + " is decided twice on the path " + String.join(" → ", here));
			}
			if (branch.value() != null && !allowed.contains(branch.value())) {
				throw new IllegalArgumentException("question " + id + " sets " + metric.metric() + " to "
						+ branch.value() + ", which it does not allow");
			}
			if (branch.value() != null && metric.start().size() > 1 && !metric.order().contains(branch.value())) {
				throw new IllegalArgumentException("question " + id + " sets " + metric.metric() + " to "
						+ branch.value() + ", which is not in its order");
			}
			boolean decidedHere = decided || branch.value() != null;
			// A branch without a next question sets a value (Branch refuses neither), so
			// a
			// path can only end undecided at a record-only question, refused above.
			if (branch.next() != null) {
				walk(metric, allowed, branch.next(), decidedHere, here, questions, ownerOf);
			}
		}
	}

}
