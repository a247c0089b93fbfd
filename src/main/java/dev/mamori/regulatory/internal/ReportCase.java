package dev.mamori.regulatory.internal;

import java.time.Instant;
import java.util.UUID;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.rules.CaseDecision;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.CaseState;

/**
 * A malfunction-report case as stored: its facts, the decision the engine made from them
 * on the last save (with the rule set), and who confirmed it.
 *
 * @param review new facts arrived since the decision was confirmed; {@code reviewReason}
 * says which
 */
public record ReportCase(ReportCaseId id, String number, String title, ProductId product, ProductVersionId version,
		UUID incident, String vulnerability, String summary, CaseFacts facts, String ifuVersion, String ifuPassage,
		ReportDraft draft, CaseState state, CaseDecision decision, Instant decidedAt, String decidedBy, boolean review,
		String reviewReason, Instant createdAt, String createdBy, Instant updatedAt) {

	ReportCase withState(CaseState next) {
		return new ReportCase(this.id, this.number, this.title, this.product, this.version, this.incident,
				this.vulnerability, this.summary, this.facts, this.ifuVersion, this.ifuPassage, this.draft, next,
				this.decision, this.decidedAt, this.decidedBy, this.review, this.reviewReason, this.createdAt,
				this.createdBy, this.updatedAt);
	}

	ReportCase flaggedForReview(String reason) {
		return new ReportCase(this.id, this.number, this.title, this.product, this.version, this.incident,
				this.vulnerability, this.summary, this.facts, this.ifuVersion, this.ifuPassage, this.draft, this.state,
				this.decision, this.decidedAt, this.decidedBy, true, reason, this.createdAt, this.createdBy,
				this.updatedAt);
	}

}
