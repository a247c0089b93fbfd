package dev.mamori.regulatory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.regulatory.ReportCaseId;
import dev.mamori.regulatory.rules.CaseDecision;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.CaseState;
import dev.mamori.regulatory.rules.Category;
import dev.mamori.regulatory.rules.Decision;
import dev.mamori.regulatory.rules.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL: the row is the case's current state, with the decision flattened
 * into columns so that the board can query due dates; facts and draft are JSON.
 */
@Repository
class ReportCaseStore {

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ReportCaseStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The next management number of the year, MR-2026-0001, safe across nodes. */
	String nextNumber(int year) {
		int next = this.jdbc.sql("""
				insert into report_case_number (year, last) values (:year, 1)
				on conflict (year) do update set last = report_case_number.last + 1
				returning last""").param("year", year).query(Integer.class).single();
		return String.format("MR-%d-%04d", year, next);
	}

	void insert(ReportCase c) {
		this.jdbc.sql("""
				insert into report_case (id, number, title, product_id, version_id, incident_id, vulnerability, summary,
				  facts, ifu_version, ifu_passage, draft, state, rule_set, rule_set_version, reasons, missing_facts,
				  created_at, created_by, updated_at)
				values (:id, :number, :title, :product, :version, :incident, :vulnerability, :summary,
				  cast(:facts as jsonb), :ifuVersion, :ifuPassage, cast(:draft as jsonb), :state, :ruleSet,
				  :ruleSetVersion, '[]'::jsonb, '{}', :createdAt, :createdBy, :createdAt)""")
			.param("id", c.id().value())
			.param("number", c.number())
			.param("title", c.title())
			.param("product", c.product().value())
			.param("version", c.version().value())
			.param("incident", c.incident())
			.param("vulnerability", c.vulnerability())
			.param("summary", (c.summary() != null) ? c.summary() : "")
			.param("facts", write(c.facts()))
			.param("ifuVersion", c.ifuVersion())
			.param("ifuPassage", c.ifuPassage())
			.param("draft", write(c.draft()))
			.param("state", c.state().name())
			.param("ruleSet", c.decision().ruleSet())
			.param("ruleSetVersion", c.decision().ruleSetVersion())
			.param("createdAt", Timestamp.from(c.createdAt()))
			.param("createdBy", c.createdBy())
			.update();
		update(c, c.createdAt());
	}

	void update(ReportCase c, Instant now) {
		CaseDecision cd = c.decision();
		Decision d = cd.decision();
		this.jdbc.sql("""
				update report_case set title = :title, vulnerability = :vulnerability, summary = :summary,
				  facts = cast(:facts as jsonb), ifu_version = :ifuVersion, ifu_passage = :ifuPassage,
				  draft = cast(:draft as jsonb), state = :state, category = :category, deadline_days = :days,
				  due_date = :due, next_business_day = :next, form = :form, first_report_by_fax = :fax,
				  rule_set = :ruleSet, rule_set_version = :ruleSetVersion, rule = :rule, article = :article,
				  reasons = cast(:reasons as jsonb), missing_facts = :missing, monitor = :monitor,
				  decided_at = :decidedAt, decided_by = :decidedBy, review = :review, review_reason = :reviewReason,
				  updated_at = :now
				where id = :id""")
			.param("id", c.id().value())
			.param("title", c.title())
			.param("vulnerability", c.vulnerability())
			.param("summary", (c.summary() != null) ? c.summary() : "")
			.param("facts", write(c.facts()))
			.param("ifuVersion", c.ifuVersion())
			.param("ifuPassage", c.ifuPassage())
			.param("draft", write(c.draft()))
			.param("state", c.state().name())
			.param("category", (d != null) ? d.category().name() : null)
			.param("days", (d != null) ? d.deadlineDays() : null)
			.param("due", (d != null) ? d.dueDate() : null)
			.param("next", (d != null) ? d.nextBusinessDay() : null)
			.param("form", (d != null) ? d.form() : null)
			.param("fax", d != null && d.firstReportByFax())
			.param("ruleSet", cd.ruleSet())
			.param("ruleSetVersion", cd.ruleSetVersion())
			.param("rule", (d != null) ? d.rule() : null)
			.param("article", (d != null) ? d.article() : null)
			.param("reasons", write((d != null) ? d.reasons() : List.of()))
			.param("missing", cd.missingFacts().toArray(String[]::new))
			.param("monitor", d != null && d.monitor())
			.param("decidedAt", (c.decidedAt() != null) ? Timestamp.from(c.decidedAt()) : null)
			.param("decidedBy", c.decidedBy())
			.param("review", c.review())
			.param("reviewReason", c.reviewReason())
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<ReportCase> find(ReportCaseId id, boolean forUpdate) {
		return this.jdbc.sql("select * from report_case where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id.value())
			.query((rs, row) -> reportCase(rs))
			.optional();
	}

	/** Cases, newest first; only the active ones when {@code activeOnly}. */
	List<ReportCase> list(boolean activeOnly, int limit) {
		return this.jdbc.sql("""
				select * from report_case where (not :active or state <> 'CLOSED')
				order by created_at desc limit :limit""")
			.param("active", activeOnly)
			.param("limit", limit)
			.query((rs, row) -> reportCase(rs))
			.list();
	}

	/** The cases of a version confirmed not reportable, locked for update. */
	List<ReportCase> monitored(ProductVersionId version) {
		return this.jdbc
			.sql("select * from report_case where version_id = :version and state = 'MONITORING' for update")
			.param("version", version.value())
			.query((rs, row) -> reportCase(rs))
			.list();
	}

	/**
	 * Cases kept open for re-evaluation about one of these vulnerabilities (an id or
	 * alias as the case names it), in any version, locked for the update.
	 */
	List<ReportCase> monitoredAbout(Collection<String> vulnerabilities) {
		if (vulnerabilities.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from report_case where state = 'MONITORING' and upper(vulnerability) = any(:ids) for update")
			.param("ids",
					vulnerabilities.stream()
						.map((id) -> id.strip().toUpperCase(java.util.Locale.ROOT))
						.toArray(String[]::new))
			.query((rs, row) -> reportCase(rs))
			.list();
	}

	private ReportCase reportCase(ResultSet rs) throws SQLException {
		String category = rs.getString("category");
		String ruleSet = rs.getString("rule_set");
		String ruleSetVersion = rs.getString("rule_set_version");
		Decision decision = null;
		if (category != null) {
			Category cat = Category.valueOf(category);
			decision = new Decision(cat.reportable(), cat, (Integer) rs.getObject("deadline_days"),
					rs.getObject("due_date", LocalDate.class), rs.getObject("next_business_day", LocalDate.class), null,
					rs.getString("form"), rs.getBoolean("first_report_by_fax"), ruleSet, ruleSetVersion,
					rs.getString("rule"), rs.getString("article"), read(rs.getString("reasons"), REASONS),
					rs.getBoolean("monitor"));
		}
		Array missing = rs.getArray("missing_facts");
		CaseDecision cd = new CaseDecision(decision,
				(missing != null) ? List.of((String[]) missing.getArray()) : List.of(), ruleSet, ruleSetVersion);
		return new ReportCase(new ReportCaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
				rs.getString("title"), new ProductId(rs.getObject("product_id", UUID.class)),
				new ProductVersionId(rs.getObject("version_id", UUID.class)), rs.getObject("incident_id", UUID.class),
				rs.getString("vulnerability"), rs.getString("summary"),
				read(rs.getString("facts"), new TypeReference<CaseFacts>() {
				}), rs.getString("ifu_version"), rs.getString("ifu_passage"),
				read(rs.getString("draft"), new TypeReference<ReportDraft>() {
				}), CaseState.valueOf(rs.getString("state")), cd, instant(rs, "decided_at"), rs.getString("decided_by"),
				rs.getBoolean("review"), rs.getString("review_reason"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant());
	}

	String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), ex);
		}
	}

	<T> T read(String text, TypeReference<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored JSON is unreadable: " + ex.getMessage(), ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
