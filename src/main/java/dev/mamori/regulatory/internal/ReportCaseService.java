package dev.mamori.regulatory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ConflictException;
import dev.mamori.common.InputChecks;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.ruledata.ReportingRules;
import dev.mamori.regulatory.rules.CaseDecision;
import dev.mamori.regulatory.rules.CaseState;
import dev.mamori.regulatory.rules.Decision;
import dev.mamori.regulatory.rules.DueReport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares malfunction-report cases and confirms their decision (R1–R6). The engine
 * decides again on every save, and the decision is stored with the rule set that made it;
 * a case already classified whose decision changes is flagged for review. Every change is
 * audited.
 */
@Service
public class ReportCaseService {

	private final ReportCaseStore store;

	private final CaseRecords records;

	private final Products products;

	private final AuditLog audit;

	private final java.time.Clock clock;

	ReportCaseService(ReportCaseStore store, CaseRecords records, Products products, AuditLog audit,
			java.time.Clock clock) {
		this.store = store;
		this.records = records;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return MamoriTime.today(this.clock);
	}

	@Transactional
	public ReportCaseId create(CaseInput input) {
		InputChecks checks = new InputChecks();
		checks.check(input.product() != null, "product", "validation.required");
		checks.check(input.version() != null, "version", "validation.required");
		checks.check(input.facts() != null, "facts", "validation.required");
		Texts texts = texts(input, checks);
		checks.throwIfInvalid();
		ProductId product = new ProductId(input.product());
		ProductVersionId version = new ProductVersionId(input.version());
		this.products.requireVersion(product, version, today());
		CaseDecision decision = decide(input);
		Instant now = this.clock.instant();
		String actor = CurrentActor.get().name();
		ReportCase created = new ReportCase(ReportCaseId.random(), this.store.nextNumber(today().getYear()),
				texts.title(), product, version, input.incident(), texts.vulnerability(), texts.summary(),
				input.facts(), texts.ifuVersion(), texts.ifuPassage(), texts.draft(), CaseState.OPEN, decision, null,
				null, false, null, now, actor, now);
		this.store.insert(created);
		this.audit.record(decided(
				AuditRecord.of("report.case.created", "report_case", created.id(), texts.title())
					.withDetail("number", created.number())
					.withDetail("product", product.toString())
					.withDetail("version", version.toString())
					.withDetail("incident", (input.incident() != null) ? input.incident().toString() : null),
				decision));
		return created.id();
	}

	@Transactional
	public void update(ReportCaseId id, CaseInput input) {
		InputChecks checks = new InputChecks();
		checks.check(input.facts() != null, "facts", "validation.required");
		Texts texts = texts(input, checks);
		checks.throwIfInvalid();
		ReportCase current = require(id, true);
		if (current.state() == CaseState.CLOSED) {
			throw new ConflictException("report.case.closed", current.number());
		}
		CaseDecision decision = decide(input);
		boolean changed = !sameDecision(current.decision(), decision);
		boolean review = current.review() || (current.state() != CaseState.OPEN && changed);
		String reviewReason = (current.state() != CaseState.OPEN && changed) ? "facts" : current.reviewReason();
		ReportCase updated = new ReportCase(id, current.number(), texts.title(), current.product(), current.version(),
				current.incident(), texts.vulnerability(), texts.summary(), input.facts(), texts.ifuVersion(),
				texts.ifuPassage(), texts.draft(), current.state(), decision, current.decidedAt(), current.decidedBy(),
				review, reviewReason, current.createdAt(), current.createdBy(), current.updatedAt());
		this.store.update(updated, this.clock.instant());
		this.audit.record(decided(AuditRecord.of("report.case.updated", "report_case", id, texts.title())
			.withDetail("decisionChanged", changed)
			.withDetail("review", review), decision));
	}

	/**
	 * The safety officer confirms the engine's decision: the case is classified (or, when
	 * not reportable, monitored for re-evaluation).
	 */
	@Transactional
	public void confirm(ReportCaseId id, String note) {
		InputChecks checks = new InputChecks();
		String reason = checks.optionalText("note", note, 2000);
		checks.throwIfInvalid();
		ReportCase current = require(id, true);
		if (current.state() == CaseState.CLOSED) {
			throw new ConflictException("report.case.closed", current.number());
		}
		if (!current.decision().complete()) {
			throw new ValidationFailedException(current.decision()
				.missingFacts()
				.stream()
				.map((fact) -> Violation.of(fact, "report.case.factMissing", fact))
				.toList());
		}
		Decision decision = current.decision().decision();
		CaseState next = decision.reportable()
				? (this.records.reports(id).isEmpty() ? CaseState.CLASSIFIED : CaseState.REPORTING)
				: CaseState.MONITORING;
		Instant now = this.clock.instant();
		ReportCase confirmed = new ReportCase(id, current.number(), current.title(), current.product(),
				current.version(), current.incident(), current.vulnerability(), current.summary(), current.facts(),
				current.ifuVersion(), current.ifuPassage(), current.draft(), next, current.decision(), now,
				CurrentActor.get().name(), false, null, current.createdAt(), current.createdBy(), current.updatedAt());
		this.store.update(confirmed, now);
		this.audit.record(decided(AuditRecord
			.of("report.case.decisionConfirmed", "report_case", id,
					(reason != null) ? reason : decision.category().name())
			.withDetail("state", next.name()), current.decision()));
	}

	@Transactional(readOnly = true)
	public CaseView view(ReportCaseId id) {
		return view(require(id, false), today());
	}

	@Transactional(readOnly = true)
	public List<CaseView> list(boolean activeOnly) {
		LocalDate today = today();
		List<CaseView> views = new ArrayList<>();
		for (ReportCase c : this.store.list(activeOnly, 500)) {
			views.add(view(c, today));
		}
		return views;
	}

	CaseView view(ReportCase c, LocalDate today) {
		var reports = this.records.reports(c.id());
		DueReport due = DueReport
			.of(c.state(), c.facts().informationObtained(), c.decision().decision(),
					reports.stream().map(SentReportRecord::forDeadlines).toList(), ReportingRules.holidays())
			.orElse(null);
		return new CaseView(c, this.products.requireVersion(c.product(), c.version(), today),
				this.products.deviceLabel(c.product()).orElse(null), reports, this.records.measures(c.id()), due,
				today);
	}

	ReportCase require(ReportCaseId id, boolean forUpdate) {
		return this.store.find(id, forUpdate).orElseThrow(() -> new NotFoundException("entity.reportCase", id));
	}

	private static CaseDecision decide(CaseInput input) {
		return CaseDecision.of(ReportingRules.table(), ReportingRules.holidays(), input.facts());
	}

	private static boolean sameDecision(CaseDecision a, CaseDecision b) {
		Decision x = a.decision();
		Decision y = b.decision();
		if (x == null || y == null) {
			return x == y;
		}
		return x.category() == y.category() && Objects.equals(x.dueDate(), y.dueDate())
				&& Objects.equals(x.rule(), y.rule());
	}

	private static AuditRecord decided(AuditRecord record, CaseDecision decision) {
		Decision d = decision.decision();
		return record.withDetail("ruleSet", decision.ruleSet() + "@" + decision.ruleSetVersion())
			.withDetail("category", (d != null) ? d.category().name() : null)
			.withDetail("rule", (d != null) ? d.rule() : null)
			.withDetail("dueDate", (d != null && d.dueDate() != null) ? d.dueDate().toString() : null)
			.withDetail("missingFacts", decision.missingFacts());
	}

	private static Texts texts(CaseInput input, InputChecks checks) {
		return new Texts(checks.requiredText("title", input.title(), 300),
				checks.optionalText("vulnerability", input.vulnerability(), 100),
				checks.optionalText("summary", input.summary(), 20000),
				checks.optionalText("ifuVersion", input.ifuVersion(), 300),
				checks.optionalText("ifuPassage", input.ifuPassage(), 2000), CaseInputs.draft(input.draft(), checks));
	}

	private record Texts(String title, String vulnerability, String summary, String ifuVersion, String ifuPassage,
			ReportDraft draft) {
	}

}
