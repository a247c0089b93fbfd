package dev.mamori.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.access.Actor;
import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditQueries;
import dev.mamori.audit.AuditRecord;
import dev.mamori.audit.ChainVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in PostgreSQL. Appends are serialized across all server nodes by a
 * transaction-level advisory lock, so each entry links to exactly one predecessor; the
 * lock is released when the caller's transaction ends.
 */
@Service
class JdbcAuditLog implements AuditLog, AuditQueries {

	/** Arbitrary constant naming the audit log's advisory lock ("MAMO" + 1). */
	private static final long APPEND_LOCK = 0x4D414D4F_00000001L;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObjectMapper json;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, DataSource dataSource, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		record(record, CurrentActor.get());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record, Actor actor) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleValue();
		var last = this.jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((row, n) -> new Object[] { row.getLong(1), row.getString(2) })
			.optional();
		long sequence = last.map((row) -> (Long) row[0] + 1).orElse(1L);
		String previousHash = last.map((row) -> (String) row[1]).orElse(AuditChain.GENESIS);
		Instant now = AuditChain.storablePrecision(this.clock.instant());
		String details = toJson(record);
		String hash = AuditChain.hash(sequence, now, actor.name(), actor.channel(), record.action(),
				record.entityType(), record.entityId(), record.reason(), details, previousHash);
		this.jdbc
			.sql("""
					insert into audit_entry (seq, occurred_at, actor, channel, action, entity_type, entity_id, reason, details, prev_hash, hash)
					values (:seq, :at, :actor, :channel, :action, :entityType, :entityId, :reason, :details, :prev, :hash)""")
			.param("seq", sequence)
			.param("at", Timestamp.from(now))
			.param("actor", actor.name())
			.param("channel", actor.channel())
			.param("action", record.action())
			.param("entityType", record.entityType())
			.param("entityId", record.entityId())
			.param("reason", record.reason())
			.param("details", details)
			.param("prev", previousHash)
			.param("hash", hash)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditFilter filter, int page, int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new IllegalArgumentException("page must be >= 0 and size between 1 and 500");
		}
		List<String> where = new ArrayList<>();
		var sql = new StringBuilder("select " + AuditEntryReader.COLUMNS + " from audit_entry");
		var params = new LinkedHashMap<String, Object>();
		addFilter(where, params, "entity_type = :entityType", "entityType", filter.entityType());
		addFilter(where, params, "entity_id = :entityId", "entityId", filter.entityId());
		addFilter(where, params, "actor = :actor", "actor", filter.actor());
		if (filter.actionPrefix() != null && !filter.actionPrefix().isBlank()) {
			where.add("action like :action escape '\\'");
			params.put("action",
					filter.actionPrefix().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (!where.isEmpty()) {
			sql.append(" where ").append(String.join(" and ", where));
		}
		sql.append(" order by seq desc limit :limit offset :offset");
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return this.jdbc.sql(sql.toString()).params(params).query(AuditEntryReader.ROW_MAPPER).list();
	}

	@Override
	public ChainVerification verify() {
		return new AuditEntryReader(this.dataSource).verify();
	}

	private static void addFilter(List<String> where, Map<String, Object> params, String clause, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			where.add(clause);
			params.put(name, value.strip());
		}
	}

	private String toJson(AuditRecord record) {
		try {
			return this.json.writeValueAsString(record.details());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit details must be serializable to JSON: " + record, ex);
		}
	}

}
