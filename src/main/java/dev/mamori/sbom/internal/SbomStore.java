package dev.mamori.sbom.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomComponents;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import dev.mamori.sbom.quality.NtiaReport;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SBOM documents, their components and relationships in PostgreSQL. Documents are
 * inserted once and never updated; components and relationships are written in batches.
 */
@Repository
class SbomStore {

	static final String DOCUMENT_COLUMNS = "id, version_id, kind, revision, vendor_component_key, vendor_component_name, "
			+ "filename, sha256, size_bytes, format, spec_version, document_name, serial_number, assembled_at, authors, "
			+ "tools, subject_ref, ntia, warnings, uploaded_at, uploaded_by, channel";

	private static final int BATCH = 1000;

	/** Arbitrary constant namespacing the revision locks ("SBOM"). */
	private static final int REVISION_LOCK = 0x53424F4D;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	SbomStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/**
	 * The next revision number of the version's product SBOM. Takes a transaction-level
	 * lock per version, so that two concurrent uploads get two revisions, never the same
	 * one.
	 */
	int nextRevision(ProductVersionId versionId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(REVISION_LOCK, versionId.toString())
			.query()
			.singleValue();
		return this.jdbc.sql("select coalesce(max(revision), 0) + 1 from sbom_document where version_id = ?")
			.param(versionId.value())
			.query(Integer.class)
			.single();
	}

	void insert(StoredSbom sbom, byte[] content) {
		this.jdbc
			.sql("insert into sbom_document (" + DOCUMENT_COLUMNS + ", ntia_complete, content) values ("
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sbom.id().value(), sbom.versionId().value(), sbom.kind().name(), sbom.revision(),
					sbom.vendorComponentKey(), sbom.vendorComponentName(), sbom.filename(), sbom.sha256(), sbom.size(),
					sbom.format().name(), sbom.specVersion(), sbom.documentName(), sbom.serialNumber(),
					timestamp(sbom.assembledAt()), sbom.authors().toArray(String[]::new),
					sbom.tools().toArray(String[]::new), sbom.subjectRef(), toJson(sbom.ntia()),
					toJson(sbom.warnings()), Timestamp.from(sbom.uploadedAt()), sbom.uploadedBy(), sbom.channel(),
					sbom.ntia().complete(), content)
			.update();
	}

	void insertComponents(SbomDocumentId document, List<SbomComponent> components) {
		for (int from = 0; from < components.size(); from += BATCH) {
			List<SbomComponent> batch = components.subList(from, Math.min(components.size(), from + BATCH));
			int offset = from;
			this.template.batchUpdate(
					"""
							insert into sbom_component (document_id, ordinal, ref, type, supplier, name, version, purl, component_key,
							  cpes, swid_tag_id, hashes, licenses, description, support_level, end_of_support, end_of_support_date,
							  end_of_life, properties) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int index) throws SQLException {
							SbomComponent component = batch.get(index);
							Connection connection = statement.getConnection();
							statement.setObject(1, document.value());
							statement.setInt(2, offset + index);
							statement.setString(3, component.ref());
							statement.setString(4, component.type());
							statement.setString(5, component.supplier());
							statement.setString(6, component.name());
							statement.setString(7, component.version());
							statement.setString(8, component.purl());
							statement.setString(9, ComponentKey.of(component));
							statement.setArray(10, texts(connection, component.cpes()));
							statement.setString(11, component.swidTagId());
							statement.setArray(12, texts(connection,
									component.hashes().stream().map(ComponentHash::toString).toList()));
							statement.setArray(13, texts(connection, component.licenses()));
							statement.setString(14, component.description());
							statement.setString(15, component.support().level());
							statement.setString(16, component.support().endOfSupport());
							statement.setObject(17, component.support().endOfSupportDate());
							statement.setObject(18, component.support().endOfLife());
							statement.setString(19, toJson(component.properties()));
						}

						@Override
						public int getBatchSize() {
							return batch.size();
						}

					});
		}
	}

	void insertRelationships(SbomDocumentId document, List<Relationship> relationships) {
		for (int from = 0; from < relationships.size(); from += BATCH) {
			List<Relationship> batch = relationships.subList(from, Math.min(relationships.size(), from + BATCH));
			this.template.batchUpdate(
					"insert into sbom_relationship (document_id, from_ref, to_ref, type, declared_type) values (?, ?, ?, ?, ?)",
					batch, batch.size(), (statement, relationship) -> {
						statement.setObject(1, document.value());
						statement.setString(2, relationship.from());
						statement.setString(3, relationship.to());
						statement.setString(4, relationship.type().name());
						statement.setString(5, relationship.declaredType());
					});
		}
	}

	Optional<StoredSbom> find(SbomDocumentId id) {
		return this.jdbc.sql("select " + DOCUMENT_COLUMNS + " from sbom_document where id = ?")
			.param(id.value())
			.query(this::document)
			.optional();
	}

	Optional<byte[]> content(SbomDocumentId id) {
		return this.jdbc.sql("select content from sbom_document where id = ?")
			.param(id.value())
			.query(byte[].class)
			.optional();
	}

	/**
	 * Every document of a version: product revisions newest first, then vendor SBOMs
	 * newest first.
	 */
	List<StoredSbom> documents(ProductVersionId versionId) {
		return this.jdbc
			.sql("select " + DOCUMENT_COLUMNS + " from sbom_document where version_id = ? "
					+ "order by kind, revision desc nulls last, uploaded_at desc")
			.param(versionId.value())
			.query(this::document)
			.list();
	}

	/** Every product version with at least one product revision, with its product. */
	List<SbomComponents.VersionWithSbom> versionsWithRevisions() {
		return this.jdbc
			.sql("select distinct v.product_id, d.version_id from sbom_document d "
					+ "join product_version v on v.id = d.version_id where d.kind = 'PRODUCT' order by 1, 2")
			.query((row, number) -> new SbomComponents.VersionWithSbom(new ProductId(row.getObject(1, UUID.class)),
					new ProductVersionId(row.getObject(2, UUID.class))))
			.list();
	}

	/** The newest product revision of each given version, by version. */
	Map<ProductVersionId, StoredSbom> latestRevisions(List<ProductVersionId> versions) {
		Map<ProductVersionId, StoredSbom> latest = new LinkedHashMap<>();
		this.jdbc
			.sql("select distinct on (version_id) " + DOCUMENT_COLUMNS + " from sbom_document "
					+ "where kind = 'PRODUCT' and version_id = any(?) order by version_id, revision desc")
			.param(versions.stream().map(ProductVersionId::value).toArray(UUID[]::new))
			.query(this::document)
			.list()
			.forEach((sbom) -> latest.put(sbom.versionId(), sbom));
		return latest;
	}

	/** The newest vendor SBOM per component of the version. */
	List<StoredSbom> latestVendorSboms(ProductVersionId versionId) {
		return this.jdbc
			.sql("select distinct on (vendor_component_key) " + DOCUMENT_COLUMNS + " from sbom_document "
					+ "where kind = 'VENDOR' and version_id = ? order by vendor_component_key, uploaded_at desc")
			.param(versionId.value())
			.query(this::document)
			.list();
	}

	/**
	 * A component of a version's current SBOMs (newest revision, newest vendor SBOM per
	 * component).
	 */
	record CurrentComponent(SbomDocumentId document, ProductVersionId version, Integer revision, boolean vendor,
			SbomComponent component) {
	}

	private static final String CURRENT_DOCUMENTS = """
			with current_docs as (
			  (select distinct on (version_id) id, version_id, revision, false as vendor from sbom_document
			   where kind = 'PRODUCT' order by version_id, revision desc)
			  union all
			  (select distinct on (version_id, vendor_component_key) id, version_id, revision, true from sbom_document
			   where kind = 'VENDOR' order by version_id, vendor_component_key, uploaded_at desc)
			)
			select d.id as document_id, d.version_id, d.revision, d.vendor, c.ref, c.type, c.supplier, c.name, c.version,
			  c.purl, c.cpes, c.swid_tag_id, c.hashes, c.licenses, c.description, c.support_level, c.end_of_support,
			  c.end_of_support_date, c.end_of_life, c.properties
			from sbom_component c join current_docs d on d.id = c.document_id
			""";

	/**
	 * Components of every version's current SBOMs matching the condition (SQL over the
	 * columns of {@code c}, the component), in name order.
	 */
	List<CurrentComponent> currentComponents(String condition, Map<String, Object> parameters, int limit) {
		return this.jdbc
			.sql(CURRENT_DOCUMENTS + " where " + condition + " order by lower(c.name), c.version limit :limit")
			.params(parameters)
			.param("limit", limit)
			.query((row, n) -> new CurrentComponent(new SbomDocumentId(row.getObject("document_id", UUID.class)),
					new ProductVersionId(row.getObject("version_id", UUID.class)), (Integer) row.getObject("revision"),
					row.getBoolean("vendor"), component(row)))
			.list();
	}

	/** The document read back into the model, with its components and relationships. */
	SbomDocument model(StoredSbom sbom) {
		List<SbomComponent> components = this.jdbc.sql("""
				select ref, type, supplier, name, version, purl, cpes, swid_tag_id, hashes, licenses, description,
				  support_level, end_of_support, end_of_support_date, end_of_life, properties
				from sbom_component where document_id = ? order by ordinal""")
			.param(sbom.id().value())
			.query((row, n) -> component(row))
			.list();
		List<Relationship> relationships = this.jdbc
			.sql("select from_ref, to_ref, type, declared_type from sbom_relationship where document_id = ?")
			.param(sbom.id().value())
			.query((row, n) -> new Relationship(row.getString(1), row.getString(2),
					RelationshipType.valueOf(row.getString(3)), row.getString(4)))
			.list();
		SbomMetadata metadata = new SbomMetadata(sbom.documentName(), sbom.serialNumber(), sbom.assembledAt(),
				sbom.authors(), sbom.tools(), null, sbom.subjectRef());
		return new SbomDocument(sbom.format(), sbom.specVersion(), metadata, components, relationships,
				sbom.warnings());
	}

	private SbomComponent component(ResultSet row) throws SQLException {
		List<ComponentHash> hashes = Arrays.stream(strings(row.getArray("hashes")))
			.map((hash) -> new ComponentHash(hash.substring(0, hash.indexOf(':')),
					hash.substring(hash.indexOf(':') + 1)))
			.toList();
		SupportInfo support = new SupportInfo(row.getString("support_level"), row.getString("end_of_support"),
				row.getObject("end_of_support_date", LocalDate.class), row.getObject("end_of_life", LocalDate.class));
		return new SbomComponent(row.getString("ref"), row.getString("type"), row.getString("supplier"),
				row.getString("name"), row.getString("version"), row.getString("purl"),
				List.of(strings(row.getArray("cpes"))), row.getString("swid_tag_id"), hashes,
				List.of(strings(row.getArray("licenses"))), row.getString("description"), support,
				fromJson(row.getString("properties"), new TypeReference<Map<String, String>>() {
				}));
	}

	private StoredSbom document(ResultSet row, int rowNumber) throws SQLException {
		return new StoredSbom(new SbomDocumentId(row.getObject("id", UUID.class)),
				new ProductVersionId(row.getObject("version_id", UUID.class)),
				StoredSbom.Kind.valueOf(row.getString("kind")), (Integer) row.getObject("revision"),
				row.getString("vendor_component_key"), row.getString("vendor_component_name"),
				row.getString("filename"), row.getString("sha256"), row.getLong("size_bytes"),
				SbomFormat.valueOf(row.getString("format")), row.getString("spec_version"),
				row.getString("document_name"), row.getString("serial_number"), instant(row, "assembled_at"),
				List.of(strings(row.getArray("authors"))), List.of(strings(row.getArray("tools"))),
				row.getString("subject_ref"), fromJson(row.getString("ntia"), new TypeReference<NtiaReport>() {
				}), fromJson(row.getString("warnings"), new TypeReference<List<ReadWarning>>() {
				}), instant(row, "uploaded_at"), row.getString("uploaded_by"), row.getString("channel"));
	}

	private static Array texts(Connection connection, List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray());
	}

	private static String[] strings(Array array) throws SQLException {
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private String toJson(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), ex);
		}
	}

	private <T> T fromJson(String text, TypeReference<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored JSON does not read back as " + type.getType(), ex);
		}
	}

}
