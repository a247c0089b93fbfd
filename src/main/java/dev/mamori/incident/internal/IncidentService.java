package dev.mamori.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.InputChecks;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.incident.IncidentChanged;
import dev.mamori.incident.IncidentId;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.DutyState;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.NotificationDutyRule;
import dev.mamori.incident.rules.PatientImpact;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens incidents and records what the investigation finds (I1–I4). Every change is
 * audited, entered on the incident's timeline and announced as {@link IncidentChanged}.
 */
@Service
public class IncidentService {

	private final IncidentStore store;

	private final IncidentRecords records;

	private final NotificationRuleCatalog rules;

	private final Products products;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentService(IncidentStore store, IncidentRecords records, NotificationRuleCatalog rules, Products products,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.records = records;
		this.rules = rules;
		this.products = products;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return MamoriTime.today(this.clock);
	}

	@Transactional
	public IncidentId open(NewIncident input) {
		InputChecks checks = new InputChecks();
		IncidentOpening opening = IncidentInputs.opening(input, today(), checks);
		List<String> vulnerabilities = IncidentInputs.vulnerabilities(input.vulnerabilities(), checks);
		checks.throwIfInvalid();
		ProductId product = new ProductId(input.product());
		ProductVersionId version = new ProductVersionId(input.version());
		this.products.requireVersion(product, version, today());
		Instant now = this.clock.instant();
		String actor = CurrentActor.get().name();
		Incident incident = Incident.open(IncidentId.random(), product, version, opening, vulnerabilities, now, actor);
		this.store.insert(incident);
		this.records.addAction(incident.id(), now, actor, "OPENED", opening.title());
		this.audit.record(AuditRecord.of("incident.opened", "incident", incident.id(), opening.title())
			.withDetail("product", product.toString())
			.withDetail("version", version.toString())
			.withDetail("origin", opening.origin().name())
			.withDetail("vulnerabilities", vulnerabilities));
		publish(incident, true);
		return incident.id();
	}

	@Transactional
	public void moveTo(IncidentId id, IncidentState target, String reason) {
		change(id, "incident.stateChanged", reason, (incident) -> incident.moveTo(target), target.name());
	}

	@Transactional
	public void investigate(IncidentId id, Checklist checklist, Answer cyberattack, Answer deviceVulnerability) {
		InputChecks checks = new InputChecks();
		checklist.notes().forEach((item, note) -> checks.optionalText("note" + item.letter(), note, 4000));
		checks.throwIfInvalid();
		change(id, "incident.checklistRecorded", null,
				(incident) -> incident.investigate(checklist, cyberattack, deviceVulnerability),
				summary(checklist, cyberattack, deviceVulnerability));
	}

	@Transactional
	public void recordImpact(IncidentId id, PatientImpact impact) {
		change(id, "incident.impactRecorded", null, (incident) -> incident.recordImpact(impact),
				impact.harm() + " " + ((impact.outcome() != null) ? impact.outcome() : "")
						+ ((impact.potentialOutcome() != null) ? impact.potentialOutcome() : ""));
	}

	@Transactional
	public void captureMalwareEvidence(IncidentId id, String route, String hash, String note) {
		String actor = CurrentActor.get().name();
		change(id, "incident.malwareEvidenceCaptured", null,
				(incident) -> incident.captureMalwareEvidence(route, hash, note, this.clock.instant(), actor),
				String.valueOf(route));
	}

	@Transactional
	public void recordMalwareRemoval(IncidentId id, String reasonWithoutEvidence) {
		String actor = CurrentActor.get().name();
		change(id, "incident.malwareRemoved", reasonWithoutEvidence,
				(incident) -> incident.recordMalwareRemoval(this.clock.instant(), actor, reasonWithoutEvidence), "");
	}

	@Transactional
	public void recordNetworkOverload(IncidentId id, boolean overload, String measures) {
		change(id, "incident.networkRecorded", null, (incident) -> incident.recordNetworkOverload(overload, measures),
				String.valueOf(measures));
	}

	@Transactional
	public void linkVulnerabilities(IncidentId id, List<String> ids) {
		InputChecks checks = new InputChecks();
		List<String> vulnerabilities = IncidentInputs.vulnerabilities(ids, checks);
		checks.throwIfInvalid();
		change(id, "incident.vulnerabilitiesLinked", null, (incident) -> incident.linkVulnerabilities(vulnerabilities),
				String.join(", ", vulnerabilities));
	}

	/** Adds an action to the timeline (who did what, when). */
	@Transactional
	public void addAction(IncidentId id, String text) {
		InputChecks checks = new InputChecks();
		String action = checks.requiredText("action", text, 4000);
		checks.throwIfInvalid();
		Incident incident = require(id, true);
		Instant now = this.clock.instant();
		this.records.addAction(id, now, CurrentActor.get().name(), "ACTION", action);
		this.audit.record(AuditRecord.of("incident.actionAdded", "incident", id, action));
		this.store.update(incident, now);
	}

	/** Records the state of a notification owed to others (I4). */
	@Transactional
	public void recordDuty(IncidentId id, String key, DutyState state, LocalDate doneOn, String reference,
			String reason) {
		InputChecks checks = new InputChecks();
		NotificationDutyRule rule = this.rules.rules().find(key);
		checks.check(rule != null, "duty", "incident.duty.unknown", String.valueOf(key));
		checks.check(state != null, "state", "validation.required");
		String ref = checks.optionalText("reference", reference, 500);
		String note = checks.optionalText("reason", reason, 2000);
		if (state == DutyState.DONE) {
			checks.check(doneOn != null, "doneOn", "incident.duty.doneOnRequired");
			checks.check(doneOn == null || !doneOn.isAfter(today()), "doneOn", "incident.duty.doneOnFuture");
		}
		if (state == DutyState.NOT_NEEDED) {
			checks.check(note != null, "reason", "incident.duty.reasonRequired");
		}
		checks.throwIfInvalid();
		require(id, true);
		Instant now = this.clock.instant();
		String actor = CurrentActor.get().name();
		this.records.recordDuty(id, key, new IncidentRecords.RecordedDuty(state,
				(state == DutyState.DONE) ? doneOn : null, ref, note, actor, now));
		this.records.addAction(id, now, actor, "DUTY", key + ": " + state);
		this.audit.record(AuditRecord.of("incident.dutyRecorded", "incident", id, note)
			.withDetail("duty", key)
			.withDetail("state", state.name())
			.withDetail("doneOn", (doneOn != null) ? doneOn.toString() : null)
			.withDetail("reference", ref));
	}

	@Transactional(readOnly = true)
	public IncidentView view(IncidentId id) {
		Incident incident = require(id, false);
		return IncidentViews.of(incident, this.products.requireVersion(incident.product(), incident.version(), today()),
				this.rules.rules(), this.records.duties(id), this.records.timeline(id));
	}

	@Transactional(readOnly = true)
	public List<IncidentSummary> list(IncidentState state, UUID product, UUID version, boolean activeOnly) {
		List<IncidentSummary> result = new ArrayList<>();
		for (Incident incident : this.store.list(state, product, version, activeOnly, 500)) {
			result
				.add(IncidentSummary.of(incident, this.products.findVersion(incident.version(), today()).orElse(null)));
		}
		return result;
	}

	private void change(IncidentId id, String action, String reason, Consumer<Incident> mutation, String what) {
		Incident incident = require(id, true);
		mutation.accept(incident);
		Instant now = this.clock.instant();
		this.store.update(incident, now);
		this.records.addAction(id, now, CurrentActor.get().name(), action.substring("incident.".length()), what);
		this.audit.record(AuditRecord.of(action, "incident", id, (reason != null) ? reason : what));
		publish(incident, false);
	}

	private Incident require(IncidentId id, boolean forUpdate) {
		return this.store.find(id, forUpdate).orElseThrow(() -> new NotFoundException("entity.incident", id));
	}

	private void publish(Incident incident, boolean opened) {
		this.events.publishEvent(new IncidentChanged(incident.id(), incident.product(), incident.version(), opened,
				incident.investigation().vulnerabilities()));
	}

	private static String summary(Checklist checklist, Answer cyberattack, Answer deviceVulnerability) {
		StringBuilder text = new StringBuilder();
		checklist.answers()
			.forEach((item, answer) -> text.append(item.letter()).append('=').append(answer).append(' '));
		return text.append("cyber=").append(cyberattack).append(" vuln=").append(deviceVulnerability).toString();
	}

}
