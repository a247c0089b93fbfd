package dev.mamori.product.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import dev.mamori.product.ProductVersionId;
import dev.mamori.product.lifecycle.Completion;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.product.lifecycle.LegacyAssessment;
import dev.mamori.product.lifecycle.MilestoneChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What is recorded about a version's life cycle: its specified compensating controls,
 * legacy assessments, milestone changes and obligation completions. Reads take many
 * versions at once, so that a portfolio page costs a fixed number of queries.
 */
@Repository
class JdbcLifecycleRecords {

	private final JdbcClient jdbc;

	JdbcLifecycleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replaceControls(ProductVersionId versionId, List<SpecifiedControl> controls) {
		this.jdbc.sql("delete from version_control where version_id = ?").param(versionId.value()).update();
		for (SpecifiedControl control : controls) {
			this.jdbc.sql("insert into version_control (version_id, control_id, specification) values (?, ?, ?)")
				.params(versionId.value(), control.controlId(), control.specification())
				.update();
		}
	}

	Map<ProductVersionId, List<SpecifiedControl>> controls(Collection<ProductVersionId> versionIds) {
		return this.jdbc.sql(
				"select version_id, control_id, specification from version_control where version_id = any(?) order by control_id")
			.param(ids(versionIds))
			.query((row, n) -> Map.entry(new ProductVersionId(row.getObject("version_id", UUID.class)),
					new SpecifiedControl(row.getString("control_id"), row.getString("specification"))))
			.list()
			.stream()
			.collect(byVersion());
	}

	void insertAssessment(ProductVersionId versionId, LegacyAssessment assessment) {
		this.jdbc.sql("""
				insert into legacy_assessment (id, version_id, assessed_on, protected_by_updates, protected_by_controls,
				  controls_at_assessment, rationale, assessor, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), versionId.value(), assessment.assessedOn(), assessment.protectedByUpdates(),
					assessment.protectedByControls(),
					assessment.controlsAtAssessment().stream().sorted().toArray(String[]::new), assessment.rationale(),
					assessment.assessor(), Timestamp.from(assessment.recordedAt()))
			.update();
	}

	Map<ProductVersionId, List<LegacyAssessment>> assessments(Collection<ProductVersionId> versionIds) {
		return this.jdbc.sql("""
				select version_id, assessed_on, protected_by_updates, protected_by_controls, controls_at_assessment,
				  rationale, assessor, recorded_at
				from legacy_assessment where version_id = any(?) order by assessed_on desc, recorded_at desc""")
			.param(ids(versionIds))
			.query((row, n) -> Map.entry(new ProductVersionId(row.getObject("version_id", UUID.class)),
					new LegacyAssessment(row.getObject("assessed_on", LocalDate.class),
							row.getBoolean("protected_by_updates"), (Boolean) row.getObject("protected_by_controls"),
							new HashSet<>(Arrays.asList((String[]) row.getArray("controls_at_assessment").getArray())),
							row.getString("rationale"), row.getString("assessor"),
							JdbcProductStore.instant(row, "recorded_at"))))
			.list()
			.stream()
			.collect(byVersion());
	}

	void insertChange(ProductVersionId versionId, MilestoneChange change, String changedBy, Instant now) {
		this.jdbc.sql("""
				insert into milestone_change (id, version_id, eol_from, eol_to, eos_from, eos_to, changed_on, reason,
				  changed_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(change.id(), versionId.value(), change.eolFrom(), change.eolTo(), change.eosFrom(), change.eosTo(),
					change.changedOn(), change.reason(), changedBy, Timestamp.from(now))
			.update();
	}

	Map<ProductVersionId, List<MilestoneChange>> changes(Collection<ProductVersionId> versionIds) {
		return this.jdbc.sql("""
				select id, version_id, eol_from, eol_to, eos_from, eos_to, changed_on, reason from milestone_change
				where version_id = any(?) order by changed_on, recorded_at""")
			.param(ids(versionIds))
			.query((row, n) -> Map.entry(new ProductVersionId(row.getObject("version_id", UUID.class)),
					new MilestoneChange(row.getObject("id", UUID.class), row.getObject("eol_from", LocalDate.class),
							row.getObject("eol_to", LocalDate.class), row.getObject("eos_from", LocalDate.class),
							row.getObject("eos_to", LocalDate.class), row.getObject("changed_on", LocalDate.class),
							row.getString("reason"))))
			.list()
			.stream()
			.collect(byVersion());
	}

	void insertCompletion(ProductVersionId versionId, Completion completion, String ruleSet, Instant now) {
		this.jdbc.sql("""
				insert into obligation_completion (id, version_id, obligation_key, rule_set, done_on, channel, note,
				  recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), versionId.value(), completion.obligationKey(), ruleSet, completion.doneOn(),
					completion.channel().name(), completion.note(), completion.recordedBy(), Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether an active completion was withdrawn
	 */
	boolean withdrawCompletion(ProductVersionId versionId, String obligationKey, String by, String reason,
			Instant now) {
		return this.jdbc.sql("""
				update obligation_completion set withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?
				where version_id = ? and obligation_key = ? and withdrawn_at is null""")
			.params(Timestamp.from(now), by, reason, versionId.value(), obligationKey)
			.update() == 1;
	}

	/** Active (not withdrawn) completions, by version and obligation key. */
	Map<ProductVersionId, Map<String, Completion>> completions(Collection<ProductVersionId> versionIds) {
		return this.jdbc.sql("""
				select version_id, obligation_key, done_on, channel, note, recorded_by from obligation_completion
				where version_id = any(?) and withdrawn_at is null""")
			.param(ids(versionIds))
			.query((row, n) -> Map.entry(new ProductVersionId(row.getObject("version_id", UUID.class)),
					new Completion(row.getString("obligation_key"), row.getObject("done_on", LocalDate.class),
							DeliveryChannel.valueOf(row.getString("channel")), row.getString("note"),
							row.getString("recorded_by"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.toMap((entry) -> entry.getValue().obligationKey(), Map.Entry::getValue)));
	}

	/**
	 * Groups (version, record) rows by version, keeping the query's order within each
	 * version.
	 */
	private static <T> Collector<Map.Entry<ProductVersionId, T>, ?, Map<ProductVersionId, List<T>>> byVersion() {
		return Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
	}

	private static UUID[] ids(Collection<ProductVersionId> versionIds) {
		return versionIds.stream().map(ProductVersionId::value).toArray(UUID[]::new);
	}

}
