package dev.mamori.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mamori.assessment.triage.Analysis;
import dev.mamori.assessment.triage.AnalysisResponse;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.assessment.triage.Justification;
import dev.mamori.product.ProductVersionId;
import dev.mamori.vulnerability.FindingView.FindingKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current analysis of findings and its append-only history, in PostgreSQL. */
@Repository
class AnalysisStore {

	private static final String COLUMNS = """
			version_id, component_key, vulnerability_id, vulnerability, state, justification, responses, detail,
			reason, decided_by, decided_at""";

	private final JdbcClient jdbc;

	AnalysisStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AnalysisDecision> current(FindingKey key) {
		return this.jdbc.sql("select " + COLUMNS + ", null as previous_state from finding_analysis " + """
				where version_id = ? and component_key = ? and vulnerability_id = ?""")
			.params(key.version().value(), key.componentKey(), key.vulnerability())
			.query(AnalysisStore::decision)
			.optional();
	}

	Map<FindingKey, AnalysisDecision> forVersion(ProductVersionId version) {
		return this.jdbc
			.sql("select " + COLUMNS + ", null as previous_state from finding_analysis where version_id = ?")
			.param(version.value())
			.query(AnalysisStore::decision)
			.list()
			.stream()
			.collect(Collectors.toMap(AnalysisDecision::finding, Function.identity()));
	}

	/** The finding's decisions, the newest first. */
	List<AnalysisDecision> history(FindingKey key) {
		return this.jdbc.sql("select " + COLUMNS + ", previous_state from finding_analysis_history " + """
				where version_id = ? and component_key = ? and vulnerability_id = ? order by seq desc""")
			.params(key.version().value(), key.componentKey(), key.vulnerability())
			.query(AnalysisStore::decision)
			.list();
	}

	/** Replaces the current analysis and appends the decision to the history. */
	void save(AnalysisDecision decision) {
		this.jdbc.sql("insert into finding_analysis (" + COLUMNS + ") values " + """
				(:version, :component, :vulnerabilityId, :vulnerability, :state, :justification, :responses, :detail,
				  :reason, :by, :at)
				on conflict (version_id, component_key, vulnerability_id) do update set
				  vulnerability = excluded.vulnerability, state = excluded.state,
				  justification = excluded.justification, responses = excluded.responses, detail = excluded.detail,
				  reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
			.params(params(decision))
			.update();
		this.jdbc.sql("insert into finding_analysis_history (" + COLUMNS + ", previous_state) values " + """
				(:version, :component, :vulnerabilityId, :vulnerability, :state, :justification, :responses, :detail,
				  :reason, :by, :at, :previous)""").params(params(decision)).update();
	}

	private static Map<String, Object> params(AnalysisDecision decision) {
		Analysis analysis = decision.analysis();
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		params.put("version", decision.finding().version().value());
		params.put("component", decision.finding().componentKey());
		params.put("vulnerabilityId", decision.finding().vulnerability());
		params.put("vulnerability", decision.vulnerability());
		params.put("state", analysis.state().label());
		params.put("justification", (analysis.justification() != null) ? analysis.justification().label() : null);
		params.put("responses", analysis.joinedResponses());
		params.put("detail", analysis.detail());
		params.put("reason", decision.reason());
		params.put("by", decision.decidedBy());
		params.put("at", Timestamp.from(decision.decidedAt()));
		params.put("previous", (decision.previousState() != null) ? decision.previousState().label() : null);
		return params;
	}

	private static AnalysisDecision decision(ResultSet row, int number) throws SQLException {
		FindingKey key = new FindingKey(new ProductVersionId(row.getObject("version_id", UUID.class)),
				row.getString("component_key"), row.getObject("vulnerability_id", UUID.class));
		Analysis analysis = new Analysis(AnalysisState.parse(row.getString("state")).orElseThrow(),
				Justification.parse(row.getString("justification")).orElse(null), responses(row.getString("responses")),
				row.getString("detail"));
		return new AnalysisDecision(key, row.getString("vulnerability"), analysis,
				AnalysisState.parse(row.getString("previous_state")).orElse(null), row.getString("reason"),
				row.getString("decided_by"), row.getTimestamp("decided_at").toInstant());
	}

	private static Set<AnalysisResponse> responses(String joined) {
		Set<AnalysisResponse> responses = EnumSet.noneOf(AnalysisResponse.class);
		if (joined != null) {
			Arrays.stream(joined.split(","))
				.map(AnalysisResponse::parse)
				.forEach((response) -> response.ifPresent(responses::add));
		}
		return responses;
	}

}
