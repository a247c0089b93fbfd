package dev.mamori.assessment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.mamori.assessment.internal.AnalysisDecision;
import dev.mamori.assessment.internal.TriageService.AnalysedFinding;
import dev.mamori.assessment.triage.Analysis;

/**
 * A finding's analysis in the API; a stable contract (add fields, never rename).
 * {@code decidedBy}, {@code decidedAt} and {@code reason} are {@code null} while nobody
 * has analysed the finding.
 */
record AnalysisJson(UUID findingId, String component, String vulnerability, String state, String justification,
		List<String> responses, String detail, String reason, String decidedBy, Instant decidedAt) {

	static AnalysisJson of(AnalysedFinding analysed) {
		Analysis analysis = analysed.analysis();
		AnalysisDecision decision = analysed.decision();
		return new AnalysisJson(analysed.finding().id(), analysed.finding().componentKey(),
				analysed.finding().primaryId(), analysis.state().label(),
				(analysis.justification() != null) ? analysis.justification().label() : null, analysis.responseLabels(),
				analysis.detail(), (decision != null) ? decision.reason() : null,
				(decision != null) ? decision.decidedBy() : null, (decision != null) ? decision.decidedAt() : null);
	}

	/** One entry of the history. */
	record Entry(String state, String previousState, String justification, List<String> responses, String detail,
			String reason, String decidedBy, Instant decidedAt) {

		static Entry of(AnalysisDecision decision) {
			Analysis analysis = decision.analysis();
			return new Entry(analysis.state().label(),
					(decision.previousState() != null) ? decision.previousState().label() : null,
					(analysis.justification() != null) ? analysis.justification().label() : null,
					analysis.responseLabels(), analysis.detail(), decision.reason(), decision.decidedBy(),
					decision.decidedAt());
		}

	}

	/** The body of a PUT: the analysis and why. */
	record Request(String state, String justification, List<String> responses, String detail, String reason) {
	}

	/** The body of a bulk decision: the analysis, why, and the versions it is for. */
	record BulkRequest(List<UUID> versionIds, String state, String justification, List<String> responses, String detail,
			String reason) {
	}

}
