package dev.mamori.assessment.internal;

import java.time.Instant;
import java.util.Objects;

import dev.mamori.assessment.triage.Analysis;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.vulnerability.FindingView.FindingKey;

/**
 * An analysis as decided: by whom, when and why. The current analysis of a finding and
 * each entry of its history are one of these.
 *
 * @param vulnerability the vulnerability's primary id when decided
 * @param previousState the state before, {@code null} in the current analysis and for the
 * first decision
 */
public record AnalysisDecision(FindingKey finding, String vulnerability, Analysis analysis, AnalysisState previousState,
		String reason, String decidedBy, Instant decidedAt) {

	public AnalysisDecision {
		Objects.requireNonNull(finding, "finding");
		Objects.requireNonNull(analysis, "analysis");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(decidedAt, "decidedAt");
	}

}
