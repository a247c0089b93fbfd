package dev.mamori.regulatory.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.regulatory.internal.CaseInput;
import dev.mamori.regulatory.internal.MeasureInput;
import dev.mamori.regulatory.internal.ReportDraft;
import dev.mamori.regulatory.internal.ReportInput;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.ReportKind;
import dev.mamori.regulatory.rules.SafetyMeasureKind;

/** The bodies the report-case API accepts; facts use the CLI's JSON (docs/cli.md). */
final class CaseApiRequests {

	private CaseApiRequests() {
	}

	record Case(UUID productId, UUID versionId, UUID incidentId, String vulnerability, String title, String summary,
			CaseFacts facts, String ifuVersion, String ifuPassage, ReportDraft draft) {

		CaseInput toInput() {
			return new CaseInput(this.productId, this.versionId, this.incidentId, this.vulnerability, this.title,
					this.summary, this.facts, this.ifuVersion, this.ifuPassage, this.draft);
		}

	}

	record Confirmation(String note) {
	}

	record Report(ReportKind kind, Boolean incomplete, LocalDate reportDate, LocalDate nextReportDate) {

		ReportInput toInput() {
			return new ReportInput(this.kind, Boolean.TRUE.equals(this.incomplete), this.reportDate,
					this.nextReportDate);
		}

	}

	record Measure(SafetyMeasureKind kind, LocalDate startedOn, LocalDate completedOn, String letter, String note) {

		MeasureInput toInput() {
			return new MeasureInput(this.kind, this.startedOn, this.completedOn, this.letter, this.note);
		}

	}

	record Created(String id, String number) {
	}

}
