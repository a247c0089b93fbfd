package dev.mamori.incident.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.mamori.incident.IncidentId;
import dev.mamori.incident.rules.DutyState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only timeline of an incident and the recorded states of its notification
 * duties.
 */
@Repository
class IncidentRecords {

	private final JdbcClient jdbc;

	IncidentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addAction(IncidentId incident, Instant at, String actor, String kind, String text) {
		this.jdbc
			.sql("insert into incident_action (id, incident_id, at, actor, kind, text) "
					+ "values (:id, :incident, :at, :actor, :kind, :text)")
			.param("id", UUID.randomUUID())
			.param("incident", incident.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("kind", kind)
			.param("text", text)
			.update();
	}

	List<IncidentView.TimelineEntry> timeline(IncidentId incident) {
		return this.jdbc
			.sql("select at, actor, kind, text from incident_action where incident_id = :incident order by at, id")
			.param("incident", incident.value())
			.query((rs, row) -> new IncidentView.TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("kind"), rs.getString("text")))
			.list();
	}

	void recordDuty(IncidentId incident, String key, RecordedDuty duty) {
		this.jdbc
			.sql("""
					insert into incident_duty (incident_id, duty_key, state, done_on, reference, reason, recorded_by, recorded_at)
					values (:incident, :key, :state, :doneOn, :reference, :reason, :by, :at)
					on conflict (incident_id, duty_key) do update set state = excluded.state, done_on = excluded.done_on,
					  reference = excluded.reference, reason = excluded.reason, recorded_by = excluded.recorded_by,
					  recorded_at = excluded.recorded_at""")
			.param("incident", incident.value())
			.param("key", key)
			.param("state", duty.state().name())
			.param("doneOn", duty.doneOn())
			.param("reference", duty.reference())
			.param("reason", duty.reason())
			.param("by", duty.recordedBy())
			.param("at", Timestamp.from(duty.recordedAt()))
			.update();
	}

	Map<String, RecordedDuty> duties(IncidentId incident) {
		return this.jdbc.sql("select * from incident_duty where incident_id = :incident")
			.param("incident", incident.value())
			.query((rs, row) -> Map.entry(rs.getString("duty_key"),
					new RecordedDuty(DutyState.valueOf(rs.getString("state")), rs.getObject("done_on", LocalDate.class),
							rs.getString("reference"), rs.getString("reason"), rs.getString("recorded_by"),
							rs.getTimestamp("recorded_at").toInstant())))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
	}

	/** The state a user recorded for a notification duty. */
	public record RecordedDuty(DutyState state, LocalDate doneOn, String reference, String reason, String recordedBy,
			Instant recordedAt) {
	}

}
