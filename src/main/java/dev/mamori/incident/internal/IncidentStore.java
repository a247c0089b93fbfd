package dev.mamori.incident.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.incident.IncidentId;
import dev.mamori.incident.rules.Answer;
import dev.mamori.incident.rules.Checklist;
import dev.mamori.incident.rules.ChecklistItem;
import dev.mamori.incident.rules.HarmOutcome;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;
import dev.mamori.incident.rules.IncidentState;
import dev.mamori.incident.rules.MalwareHandling;
import dev.mamori.incident.rules.PatientImpact;
import dev.mamori.incident.rules.PotentialOutcome;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents in PostgreSQL: the row is the aggregate's current state. */
@Repository
class IncidentStore {

	private final JdbcClient jdbc;

	IncidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Incident incident) {
		IncidentOpening opening = incident.opening();
		this.jdbc
			.sql("""
					insert into incident (id, product_id, version_id, title, origin, reporter_organization, reporter_contact,
					  received_at, information_obtained, cvd_reference, component, description, severity, state,
					  checklist_answers, checklist_notes, cyberattack_suspected, device_vulnerability, harm,
					  installations, vulnerabilities, opened_at, opened_by, updated_at)
					values (:id, :product, :version, :title, :origin, :organization, :contact, :receivedAt, :obtained,
					  :cvd, :component, :description, :severity, :state, :answers, :notes, :cyber, :deviceVulnerability,
					  :harm, :installations, :vulnerabilities, :openedAt, :openedBy, :openedAt)""")
			.param("id", incident.id().value())
			.param("product", incident.product().value())
			.param("version", incident.version().value())
			.param("title", opening.title())
			.param("origin", opening.origin().name())
			.param("organization", opening.reporterOrganization())
			.param("contact", opening.reporterContact())
			.param("receivedAt", timestamp(opening.receivedAt()))
			.param("obtained", opening.informationObtained())
			.param("cvd", opening.cvdReference())
			.param("component", opening.component())
			.param("description", (opening.description() != null) ? opening.description() : "")
			.param("severity", opening.severity().name())
			.param("state", IncidentState.OPEN.name())
			.param("answers", answers(Checklist.unanswered()))
			.param("notes", notes(Checklist.unanswered()))
			.param("cyber", incident.investigation().cyberattack().name())
			.param("deviceVulnerability", incident.investigation().deviceVulnerability().name())
			.param("harm", Answer.UNKNOWN.name())
			.param("installations", opening.installations().toArray(String[]::new))
			.param("vulnerabilities", incident.investigation().vulnerabilities().toArray(String[]::new))
			.param("openedAt", Timestamp.from(incident.openedAt()))
			.param("openedBy", incident.openedBy())
			.update();
	}

	void update(Incident incident, Instant now) {
		IncidentInvestigation found = incident.investigation();
		MalwareHandling malware = found.malware();
		PatientImpact impact = found.impact();
		this.jdbc.sql("""
				update incident set state = :state, checklist_answers = :answers, checklist_notes = :notes,
				  cyberattack_suspected = :cyber, device_vulnerability = :deviceVulnerability, harm = :harm,
				  harm_outcome = :outcome, potential_outcome = :potential, malware_found = :malwareFound,
				  malware_route = :route, malware_hash = :hash, malware_note = :malwareNote,
				  malware_evidence_at = :evidenceAt, malware_evidence_by = :evidenceBy, malware_removed_at = :removedAt,
				  malware_removed_by = :removedBy, malware_removal_reason = :removalReason,
				  network_overload = :overload, network_measures = :measures, vulnerabilities = :vulnerabilities,
				  updated_at = :now
				where id = :id""")
			.param("id", incident.id().value())
			.param("state", found.state().name())
			.param("answers", answers(found.checklist()))
			.param("notes", notes(found.checklist()))
			.param("cyber", found.cyberattack().name())
			.param("deviceVulnerability", found.deviceVulnerability().name())
			.param("harm", impact.harm().name())
			.param("outcome", (impact.outcome() != null) ? impact.outcome().name() : null)
			.param("potential", (impact.potentialOutcome() != null) ? impact.potentialOutcome().name() : null)
			.param("malwareFound", malware.found())
			.param("route", malware.infectionRoute())
			.param("hash", malware.sampleHash())
			.param("malwareNote", malware.evidenceNote())
			.param("evidenceAt", timestamp(malware.evidenceCapturedAt()))
			.param("evidenceBy", malware.evidenceCapturedBy())
			.param("removedAt", timestamp(malware.removedAt()))
			.param("removedBy", malware.removedBy())
			.param("removalReason", malware.removalWithoutEvidenceReason())
			.param("overload", found.networkOverload())
			.param("measures", found.networkMeasures())
			.param("vulnerabilities", found.vulnerabilities().toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The incident, locked for update when {@code forUpdate}. */
	Optional<Incident> find(IncidentId id, boolean forUpdate) {
		return this.jdbc.sql("select * from incident where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id.value())
			.query((rs, row) -> incident(rs))
			.optional();
	}

	/** Incidents, newest first, optionally of one state, product or version. */
	List<Incident> list(IncidentState state, UUID product, UUID version, boolean activeOnly, int limit) {
		return this.jdbc.sql("""
				select * from incident
				where (cast(:state as text) is null or state = :state)
				  and (cast(:product as uuid) is null or product_id = :product)
				  and (cast(:version as uuid) is null or version_id = :version)
				  and (not :active or state not in ('RESOLVED', 'CLOSED'))
				order by opened_at desc limit :limit""")
			.param("state", (state != null) ? state.name() : null)
			.param("product", product)
			.param("version", version)
			.param("active", activeOnly)
			.param("limit", limit)
			.query((rs, row) -> incident(rs))
			.list();
	}

	private static Incident incident(ResultSet rs) throws SQLException {
		IncidentOpening opening = new IncidentOpening(rs.getString("title"),
				IncidentOrigin.valueOf(rs.getString("origin")), rs.getString("reporter_organization"),
				rs.getString("reporter_contact"), instant(rs, "received_at"),
				rs.getObject("information_obtained", java.time.LocalDate.class), rs.getString("cvd_reference"),
				rs.getString("component"), rs.getString("description"),
				IncidentSeverity.valueOf(rs.getString("severity")), strings(rs.getArray("installations")));
		MalwareHandling malware = new MalwareHandling(rs.getBoolean("malware_found"), rs.getString("malware_route"),
				rs.getString("malware_hash"), rs.getString("malware_note"), instant(rs, "malware_evidence_at"),
				rs.getString("malware_evidence_by"), instant(rs, "malware_removed_at"),
				rs.getString("malware_removed_by"), rs.getString("malware_removal_reason"));
		String outcome = rs.getString("harm_outcome");
		String potential = rs.getString("potential_outcome");
		PatientImpact impact = new PatientImpact(Answer.valueOf(rs.getString("harm")),
				(outcome != null) ? HarmOutcome.valueOf(outcome) : null,
				(potential != null) ? PotentialOutcome.valueOf(potential) : null);
		IncidentInvestigation found = new IncidentInvestigation(IncidentState.valueOf(rs.getString("state")),
				checklist(strings(rs.getArray("checklist_answers")), strings(rs.getArray("checklist_notes"))),
				Answer.valueOf(rs.getString("cyberattack_suspected")),
				Answer.valueOf(rs.getString("device_vulnerability")), impact, malware,
				rs.getBoolean("network_overload"), rs.getString("network_measures"),
				strings(rs.getArray("vulnerabilities")));
		return new Incident(new IncidentId(rs.getObject("id", UUID.class)),
				new ProductId(rs.getObject("product_id", UUID.class)),
				new ProductVersionId(rs.getObject("version_id", UUID.class)), opening,
				rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), found);
	}

	private static String[] answers(Checklist checklist) {
		return Arrays.stream(ChecklistItem.values())
			.map((item) -> checklist.answer(item).name())
			.toArray(String[]::new);
	}

	private static String[] notes(Checklist checklist) {
		return Arrays.stream(ChecklistItem.values())
			.map((item) -> (checklist.note(item) != null) ? checklist.note(item) : "")
			.toArray(String[]::new);
	}

	private static Checklist checklist(List<String> answers, List<String> notes) {
		Map<ChecklistItem, Answer> byItem = new EnumMap<>(ChecklistItem.class);
		Map<ChecklistItem, String> noteByItem = new LinkedHashMap<>();
		ChecklistItem[] items = ChecklistItem.values();
		for (int i = 0; i < items.length && i < answers.size(); i++) {
			byItem.put(items[i], Answer.valueOf(answers.get(i)));
			if (i < notes.size() && !notes.get(i).isEmpty()) {
				noteByItem.put(items[i], notes.get(i));
			}
		}
		return new Checklist(byItem, noteByItem);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
