package dev.mamori.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.ChainVerification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the audit log through plain JDBC, so that both the server and the command line
 * ({@code mamori audit verify}) can check the chain. Reads in batches to keep memory flat
 * whatever the size of the log.
 */
public final class AuditEntryReader {

	static final String COLUMNS = "seq, occurred_at, actor, channel, action, entity_type, entity_id, reason, details, prev_hash, hash";

	static final RowMapper<AuditEntry> ROW_MAPPER = AuditEntryReader::map;

	private static final int BATCH = 2000;

	private final JdbcTemplate jdbc;

	public AuditEntryReader(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public ChainVerification verify() {
		AuditChain.Verifier verifier = new AuditChain.Verifier();
		long after = 0;
		while (true) {
			List<AuditEntry> batch = this.jdbc.query(
					"select " + COLUMNS + " from audit_entry where seq > ? order by seq limit " + BATCH, ROW_MAPPER,
					after);
			for (AuditEntry entry : batch) {
				if (!verifier.accept(entry)) {
					return verifier.result();
				}
				after = entry.sequence();
			}
			if (batch.size() < BATCH) {
				return verifier.result();
			}
		}
	}

	private static AuditEntry map(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEntry(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), row.getString("channel"), row.getString("action"), row.getString("entity_type"),
				row.getString("entity_id"), row.getString("reason"), row.getString("details"),
				row.getString("prev_hash"), row.getString("hash"));
	}

}
