package dev.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.audit.cli.AuditCommandFixture;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestDatabase;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is append-only and hash-chained; tampering is found and named (issue 2).
 */
@MamoriServerTest
class AuditLogIT {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog log;

	@Autowired
	AuditQueries queries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	long append(String reason) {
		String id = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult(
				(status) -> this.log.record(AuditRecord.of("test.recorded", "test", id, reason).withDetail("n", 1)));
		return this.jdbc.sql("select seq from audit_entry where entity_id = ?").param(id).query(Long.class).single();
	}

	@Test
	void recordsOnlyWithinTheChangesTransaction() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.log.record(AuditRecord.of("test.recorded", "test", id, "rolled back"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.queries.find(new AuditQueries.AuditFilter("test", id, null, null), 0, 1)).isEmpty();
		assertThatThrownBy(() -> this.log.record(AuditRecord.of("test.recorded", "test", id, "no transaction")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void refusesToChangeOrDeleteAnEntry() {
		long sequence = append("kept");
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_entry set reason = 'x' where seq = ?").param(sequence).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where seq = ?").param(sequence).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void namesTheFirstTamperedEntryOnTheAdminPageAndOnTheCommandLine() throws Exception {
		long sequence = append("the original reason");
		append("a later entry");
		assertThat(this.queries.verify().intact()).isTrue();
		Map<String, String> environment = Map.of("MAMORI_DB_URL", TestDatabase.url("mamori_it"));
		assertThat(AuditCommandFixture.verify(environment, "--json").exitCode()).isZero();

		tamper(sequence, "nothing to see here");
		try {
			ChainVerification broken = this.queries.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBroken()).isEqualTo(sequence);
			assertThat(broken.problem()).isEqualTo(ChainVerification.Problem.CONTENT_ALTERED);

			WebSession admin = new WebSession(this.port);
			admin.login("admin", TestUsers.ADMIN_PASSWORD);
			assertThat(admin.get("/admin/audit/verification").body()).contains("改ざんを検出").contains("#" + sequence);

			var text = AuditCommandFixture.verify(environment);
			assertThat(text.exitCode()).isEqualTo(1);
			assertThat(text.out()).contains("#" + sequence).contains("書き換え");
			var json = AuditCommandFixture.verify(environment, "--json");
			assertThat(json.exitCode()).isEqualTo(1);
			var document = new ObjectMapper().readTree(json.out());
			assertThat(document.get("intact").asBoolean()).isFalse();
			assertThat(document.get("firstBroken").asLong()).isEqualTo(sequence);
			assertThat(document.get("problem").asText()).isEqualTo("CONTENT_ALTERED");
		}
		finally {
			tamper(sequence, "the original reason");
		}
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void aVerificationOfAMissingDatabaseIsBadInput() {
		var result = AuditCommandFixture.verify(Map.of(), "--data", "/nonexistent/mamori-data");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("/nonexistent/mamori-data");
	}

	/**
	 * What an attacker with database access would do: switch the guard off and rewrite
	 * history.
	 */
	private void tamper(long sequence, String reason) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
			this.jdbc.sql("update audit_entry set reason = ? where seq = ?").params(reason, sequence).update();
			this.jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
		});
	}

}
