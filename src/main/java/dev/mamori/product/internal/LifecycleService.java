package dev.mamori.product.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ConflictException;
import dev.mamori.common.InputChecks;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.lifecycle.Completion;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.product.lifecycle.LegacyAssessment;
import dev.mamori.product.lifecycle.LegacyEvaluation;
import dev.mamori.product.lifecycle.LegacyRules;
import dev.mamori.product.lifecycle.Obligation;
import dev.mamori.product.lifecycle.ObligationSchedule;
import dev.mamori.product.lifecycle.ObligationStatus;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens in a version's life cycle: the compensating controls its use
 * environment requires (P6), legacy assessments (P5), and fulfilled milestone obligations
 * (P4). Every record is audited with who, when and why.
 */
@Service
public class LifecycleService {

	static final int SPECIFICATION_MAX = 5000;

	static final int TEXT_MAX = 10_000;

	private final ProductService products;

	private final JdbcLifecycleRecords records;

	private final RuleCatalogs rules;

	private final AuditLog audit;

	private final Clock clock;

	LifecycleService(ProductService products, JdbcLifecycleRecords records, RuleCatalogs rules, AuditLog audit,
			Clock clock) {
		this.products = products;
		this.records = records;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/** Replaces the version's specified compensating controls with the given ones. */
	@Transactional
	public void specifyControls(ProductId productId, ProductVersionId versionId, List<SpecifiedControl> controls,
			String reason) {
		this.products.requireVersion(productId, versionId);
		InputChecks checks = new InputChecks();
		Set<String> seen = new HashSet<>();
		for (SpecifiedControl control : controls) {
			String field = "controls[" + control.controlId() + "]";
			checks.check(this.rules.controls().contains(control.controlId()), field, "control.unknown",
					control.controlId());
			checks.check(seen.add(control.controlId()), field, "control.duplicate", control.controlId());
			checks.optionalText(field, control.specification(), SPECIFICATION_MAX);
		}
		String why = checks.optionalText("reason", reason, ProductService.REASON_MAX);
		checks.throwIfInvalid();
		List<SpecifiedControl> cleaned = controls.stream()
			.map((control) -> new SpecifiedControl(control.controlId(), control.specification().strip()))
			.toList();
		this.records.replaceControls(versionId, cleaned);
		this.audit.record(new AuditRecord("version.controlsSpecified", "productVersion", versionId.toString(),
				(why == null) ? "" : why,
				Map.of("controls", cleaned.stream().map(SpecifiedControl::controlId).sorted().toList(), "ruleSet",
						this.rules.controls().id() + "/" + this.rules.controls().version())));
	}

	/** Records a legacy assessment and returns the evaluation it leads to today. */
	@Transactional
	public LegacyEvaluation assessLegacy(ProductId productId, ProductVersionId versionId, LegacyAssessmentInput input) {
		StoredVersion version = this.products.requireVersion(productId, versionId);
		Set<String> controls = controlsOf(versionId);
		LocalDate today = MamoriTime.today(this.clock);
		InputChecks checks = new InputChecks();
		LegacyRules.checkNew(checks, input.assessedOn(), input.protectedByUpdates(), input.protectedByControls(),
				controls, today);
		String rationale = checks.requiredText("rationale", input.rationale(), TEXT_MAX);
		checks.throwIfInvalid();
		boolean byUpdates = input.protectedByUpdates();
		LegacyAssessment assessment = new LegacyAssessment(input.assessedOn(), byUpdates,
				byUpdates ? null : input.protectedByControls(), byUpdates ? Set.of() : controls, rationale,
				CurrentActor.get().name(), this.clock.instant());
		this.records.insertAssessment(versionId, assessment);
		List<LegacyAssessment> history = this.records.assessments(List.of(versionId))
			.getOrDefault(versionId, List.of());
		LegacyEvaluation evaluation = LegacyRules.evaluate(history, version.details().dates(), controls, today);
		this.audit.record(new AuditRecord("version.legacyAssessed", "productVersion", versionId.toString(), rationale,
				Map.of("assessedOn", assessment.assessedOn().toString(), "protectedByUpdates", byUpdates,
						"protectedByControls", String.valueOf(assessment.protectedByControls()), "controls",
						assessment.controlsAtAssessment().stream().sorted().toList(), "status",
						evaluation.status().name())));
		return evaluation;
	}

	/** Records that an obligation of the version was fulfilled. */
	@Transactional
	public void recordCompletion(ProductId productId, ProductVersionId versionId, String obligationKey,
			CompletionInput input) {
		Obligation obligation = obligation(productId, versionId, obligationKey);
		if (obligation.completion() != null) {
			throw new ConflictException("obligation.alreadyDone", obligation.definition().code());
		}
		LocalDate today = MamoriTime.today(this.clock);
		InputChecks checks = new InputChecks();
		if (checks.check(input.doneOn() != null, "doneOn", "validation.required")) {
			checks.check(!input.doneOn().isAfter(today), "doneOn", "obligation.doneOn.future", today);
		}
		checks.check(input.channel() != null, "channel", "validation.required");
		String note = checks.optionalText("note", input.note(), TEXT_MAX);
		checks.throwIfInvalid();
		Completion completion = new Completion(obligationKey, input.doneOn(), input.channel(), note,
				CurrentActor.get().name());
		try {
			this.records.insertCompletion(versionId, completion,
					this.rules.obligations().id() + "/" + this.rules.obligations().version(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("obligation.alreadyDone", obligation.definition().code());
		}
		this.audit.record(new AuditRecord("obligation.done", "productVersion", versionId.toString(),
				(note == null) ? "" : note, Map.of("obligation", obligationKey, "doneOn", input.doneOn().toString(),
						"channel", input.channel().name())));
	}

	/**
	 * Records every past-due obligation of the version as done on its due date: for
	 * obligations met before the version was entered in Mamori. The note says where the
	 * evidence is; obligations met late must be recorded one by one with their real dates
	 * instead.
	 * @return the keys of the obligations recorded
	 */
	@Transactional
	public List<String> backfillPastDue(ProductId productId, ProductVersionId versionId, DeliveryChannel channel,
			String note) {
		StoredVersion version = this.products.requireVersion(productId, versionId);
		InputChecks checks = new InputChecks();
		checks.check(channel != null, "channel", "validation.required");
		String evidence = checks.requiredText("note", note, TEXT_MAX);
		checks.throwIfInvalid();
		List<ProductVersionId> ids = List.of(versionId);
		LocalDate today = MamoriTime.today(this.clock);
		List<Obligation> pastDue = ObligationSchedule
			.of(this.rules.obligations(), version.details().dates(),
					this.records.changes(ids).getOrDefault(versionId, List.of()),
					this.records.completions(ids).getOrDefault(versionId, Map.of()), today)
			.stream()
			.filter((obligation) -> obligation.status() == ObligationStatus.OVERDUE)
			.toList();
		String actor = CurrentActor.get().name();
		String ruleSet = this.rules.obligations().id() + "/" + this.rules.obligations().version();
		for (Obligation obligation : pastDue) {
			this.records.insertCompletion(versionId,
					new Completion(obligation.key(), obligation.dueDate(), channel, evidence, actor), ruleSet,
					this.clock.instant());
		}
		List<String> keys = pastDue.stream().map(Obligation::key).toList();
		if (!keys.isEmpty()) {
			this.audit.record(new AuditRecord("obligation.backfilled", "productVersion", versionId.toString(), evidence,
					Map.of("obligations", keys, "channel", channel.name(), "doneOn", "due date of each")));
		}
		return keys;
	}

	/** Withdraws a mistaken completion record; the record is kept, marked withdrawn. */
	@Transactional
	public void withdrawCompletion(ProductId productId, ProductVersionId versionId, String obligationKey,
			String reason) {
		this.products.requireVersion(productId, versionId);
		String why = ProductService.reason(reason, true);
		if (!this.records.withdrawCompletion(versionId, obligationKey, CurrentActor.get().name(), why,
				this.clock.instant())) {
			throw new NotFoundException("entity.completion", obligationKey);
		}
		this.audit.record(new AuditRecord("obligation.withdrawn", "productVersion", versionId.toString(), why,
				Map.of("obligation", obligationKey)));
	}

	private Obligation obligation(ProductId productId, ProductVersionId versionId, String key) {
		StoredVersion version = this.products.requireVersion(productId, versionId);
		List<ProductVersionId> ids = List.of(versionId);
		LocalDate today = MamoriTime.today(this.clock);
		return ObligationSchedule
			.of(this.rules.obligations(), version.details().dates(),
					this.records.changes(ids).getOrDefault(versionId, List.of()),
					this.records.completions(ids).getOrDefault(versionId, Map.of()), today)
			.stream()
			.filter((obligation) -> obligation.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("entity.obligation", key));
	}

	private Set<String> controlsOf(ProductVersionId versionId) {
		return new HashSet<>(this.records.controls(List.of(versionId))
			.getOrDefault(versionId, List.of())
			.stream()
			.map(SpecifiedControl::controlId)
			.toList());
	}

}
