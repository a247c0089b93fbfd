package dev.mamori.assessment.internal;

import java.util.Map;
import java.util.stream.Collectors;

import dev.mamori.product.ProductVersionId;
import dev.mamori.vulnerability.FindingAnalyses;
import dev.mamori.vulnerability.FindingView.FindingKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the findings API each finding's analysis state. */
@Component
class AnalysisStates implements FindingAnalyses {

	private final AnalysisStore store;

	AnalysisStates(AnalysisStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<FindingKey, String> states(ProductVersionId version) {
		return this.store.forVersion(version)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().analysis().state().label()));
	}

}
