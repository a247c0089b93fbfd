package dev.mamori.regulatory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.mamori.regulatory.internal.CaseView;
import dev.mamori.regulatory.internal.ReportCase;
import dev.mamori.regulatory.internal.ReportDraft;
import dev.mamori.regulatory.internal.SafetyMeasure;
import dev.mamori.regulatory.internal.SentReportRecord;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.Decision;

/** A case as the API returns it; reasons in the caller's language and in both. */
record CaseJson(String id, String number, String title, String productId, String productName, String versionId,
		String version, boolean pastSupportOrLegacy, String incidentId, String vulnerability, String summary,
		CaseFacts facts, String ifuVersion, String ifuPassage, ReportDraft draft, String state, DecisionJson decision,
		List<String> missingFacts, Due due, boolean review, String reviewReason, Instant decidedAt, String decidedBy,
		List<SentReportRecord> reports, List<SafetyMeasure> safetyMeasures, Instant createdAt, String createdBy) {

	static CaseJson of(CaseView view, Locale locale) {
		ReportCase c = view.reportCase();
		Decision d = c.decision().decision();
		DecisionJson decision = (d != null) ? new DecisionJson(d.reportable(), d.category().name(), d.deadlineDays(),
				d.dueDate(), d.nextBusinessDay(), d.form(), d.firstReportByFax(), d.ruleSet(), d.ruleSetVersion(),
				d.rule(), d.article(), d.reasons().stream().map((r) -> r.in(locale)).toList(),
				d.reasons().stream().map((r) -> new Reason(r.ja(), r.en())).toList(), d.monitor()) : null;
		Due due = (view.due() != null)
				? new Due(view.due().kind().name(), view.due().category().name(), view.due().dueDate(),
						view.due().nextBusinessDay(), view.due().provisional(), view.daysLeft(), view.urgency().name())
				: null;
		return new CaseJson(c.id().toString(), c.number(), c.title(), c.product().toString(),
				view.device().productName(), c.version().toString(), view.device().version(),
				view.pastSupportOrLegacy(), (c.incident() != null) ? c.incident().toString() : null, c.vulnerability(),
				c.summary(), c.facts(), c.ifuVersion(), c.ifuPassage(), c.draft(), c.state().name(), decision,
				c.decision().missingFacts(), due, c.review(), c.reviewReason(), c.decidedAt(), c.decidedBy(),
				view.reports(), view.measures(), c.createdAt(), c.createdBy());
	}

	record DecisionJson(boolean reportable, String category, Integer deadlineDays, LocalDate dueDate,
			LocalDate nextBusinessDay, String form, boolean firstReportByFax, String ruleSet, String ruleSetVersion,
			String rule, String article, List<String> reasons, List<Reason> reasonsJaEn, boolean monitor) {
	}

	record Reason(String ja, String en) {
	}

	/**
	 * The report owed next; {@code provisional} while the case counts as 15 days only
	 * because it is not classified yet.
	 */
	record Due(String report, String category, LocalDate dueDate, LocalDate nextBusinessDay, boolean provisional,
			Long daysLeft, String urgency) {
	}

}
