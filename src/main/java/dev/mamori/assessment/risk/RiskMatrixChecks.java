package dev.mamori.assessment.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a risk matrix file must keep; see {@link RiskMatrix}. */
final class RiskMatrixChecks {

	private RiskMatrixChecks() {
	}

	static void check(List<Level> severities, List<Level> probabilities, List<RiskLevel> levels,
			Map<String, Map<String, String>> cells) {
		List<String> severityIds = unique(severities.stream().map(Level::id).toList(), "severity");
		List<String> probabilityIds = unique(probabilities.stream().map(Level::id).toList(), "probability");
		List<String> levelIds = unique(levels.stream().map(RiskLevel::id).toList(), "risk level");
		if (!cells.keySet().equals(Set.copyOf(probabilityIds))) {
			throw new IllegalArgumentException(
					"the matrix needs one row per probability " + probabilityIds + ", has " + cells.keySet());
		}
		for (String probability : probabilityIds) {
			Map<String, String> row = cells.get(probability);
			if (!row.keySet().equals(Set.copyOf(severityIds))) {
				throw new IllegalArgumentException(
						"row " + probability + " needs one cell per severity " + severityIds);
			}
			for (String severity : severityIds) {
				if (!levelIds.contains(row.get(severity))) {
					throw new IllegalArgumentException(
							"cell " + probability + "/" + severity + " names unknown risk level " + row.get(severity));
				}
			}
		}
		for (int p = 0; p < probabilityIds.size(); p++) {
			for (int s = 0; s < severityIds.size(); s++) {
				int here = levelIds.indexOf(cells.get(probabilityIds.get(p)).get(severityIds.get(s)));
				if ((s > 0 && here < levelIds.indexOf(cells.get(probabilityIds.get(p)).get(severityIds.get(s - 1))))
						|| (p > 0 && here < levelIds
							.indexOf(cells.get(probabilityIds.get(p - 1)).get(severityIds.get(s))))) {
					throw new IllegalArgumentException("cell " + probabilityIds.get(p) + "/" + severityIds.get(s)
							+ " is a lower risk than a less severe or less probable cell");
				}
			}
		}
	}

	private static List<String> unique(List<String> ids, String what) {
		if (ids.isEmpty() || new HashSet<>(ids).size() != ids.size()) {
			throw new IllegalArgumentException("the " + what + " scale is empty or has duplicate ids: " + ids);
		}
		return ids;
	}

}
