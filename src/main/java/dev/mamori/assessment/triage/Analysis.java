package dev.mamori.assessment.triage;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analysis of one finding (component × vulnerability in a product version).
 *
 * @param justification set only for {@link AnalysisState#NOT_AFFECTED}
 * @param responses in declaration order, may be empty
 * @param detail free text: the evidence and reasoning, may be {@code null}
 */
public record Analysis(AnalysisState state, Justification justification, Set<AnalysisResponse> responses,
		String detail) {

	/** What a finding nobody has analysed yet stands at. */
	public static final Analysis UNTRIAGED = new Analysis(AnalysisState.IN_TRIAGE, null, Set.of(), null);

	public Analysis {
		Objects.requireNonNull(state, "state");
		responses = responses.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(responses));
		detail = (detail == null || detail.isBlank()) ? null : detail.strip();
	}

	public List<String> responseLabels() {
		return this.responses.stream().map(AnalysisResponse::label).toList();
	}

	/** The responses joined by commas, as {@code AnalysisConcluded} carries them. */
	public String joinedResponses() {
		return this.responses.isEmpty() ? null
				: this.responses.stream().map(AnalysisResponse::label).collect(Collectors.joining(","));
	}

}
