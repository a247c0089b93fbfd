package dev.mamori.sbom.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.sbom.support.ManualSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** End-of-support dates entered by hand, by component key. */
@Repository
class ComponentSupportStore {

	private final JdbcClient jdbc;

	ComponentSupportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ManualSupport> all() {
		return this.jdbc
			.sql("select id, component_key, version, end_of_support, note, entered_by from component_support "
					+ "order by component_key, version nulls first")
			.query((row, n) -> new ManualSupport(row.getObject("id", UUID.class), row.getString("component_key"),
					row.getString("version"), row.getObject("end_of_support", LocalDate.class), row.getString("note"),
					row.getString("entered_by")))
			.list();
	}

	Optional<ManualSupport> find(UUID id) {
		return all().stream().filter((entry) -> entry.id().equals(id)).findFirst();
	}

	/**
	 * Sets the date for the key and version, replacing an earlier entry for the same
	 * pair.
	 */
	void put(ManualSupport entry, Instant now) {
		this.jdbc
			.sql("delete from component_support where component_key = ? and coalesce(version, '') = coalesce(?, '')")
			.params(entry.componentKey(), entry.version())
			.update();
		this.jdbc.sql("""
				insert into component_support (id, component_key, version, end_of_support, note, entered_by, entered_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), entry.componentKey(), entry.version(), entry.endOfSupport(), entry.note(),
					entry.enteredBy(), Timestamp.from(now))
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from component_support where id = ?").param(id).update();
	}

}
