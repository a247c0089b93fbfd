package dev.mamori.product.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.lifecycle.MilestoneDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Products and their versions in PostgreSQL. Updates check the revision the caller last
 * saw.
 */
@Repository
class JdbcProductStore {

	private static final String PRODUCT_COLUMNS = "id, name, model_number, generic_name, device_class, samd, approval_number, "
			+ "intended_environment, interfaces, wireless_kinds, security_contact, revision, created_at, updated_at";

	private static final String VERSION_COLUMNS = "id, product_id, version, release_date, eol_date, eos_date, support_plan, "
			+ "upgrade_options, revision, created_at, updated_at";

	private final JdbcClient jdbc;

	JdbcProductStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ProductId id, ProductDetails details, Instant now) {
		this.jdbc.sql("insert into product (" + PRODUCT_COLUMNS + ") values (:id, :name, :modelNumber, :genericName, "
				+ ":deviceClass, :samd, :approvalNumber, :environment, :interfaces, :wirelessKinds, :contact, 0, :now, :now)")
			.param("id", id.value())
			.params(productParameters(details))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether the row was at {@code expectedRevision} and has been updated
	 */
	boolean update(ProductId id, int expectedRevision, ProductDetails details, Instant now) {
		return this.jdbc.sql("""
				update product set name = :name, model_number = :modelNumber, generic_name = :genericName,
				  device_class = :deviceClass, samd = :samd, approval_number = :approvalNumber,
				  intended_environment = :environment, interfaces = :interfaces, wireless_kinds = :wirelessKinds,
				  security_contact = :contact, revision = revision + 1, updated_at = :now
				where id = :id and revision = :revision""")
			.param("id", id.value())
			.param("revision", expectedRevision)
			.params(productParameters(details))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void deleteProduct(ProductId id) {
		this.jdbc.sql("delete from product where id = ?").param(id.value()).update();
	}

	Optional<StoredProduct> findProduct(ProductId id) {
		return this.jdbc.sql("select " + PRODUCT_COLUMNS + " from product where id = ?")
			.param(id.value())
			.query(JdbcProductStore::product)
			.optional();
	}

	List<StoredProduct> findProducts() {
		return this.jdbc.sql("select " + PRODUCT_COLUMNS + " from product order by lower(name), lower(model_number)")
			.query(JdbcProductStore::product)
			.list();
	}

	void insert(ProductVersionId id, ProductId productId, VersionDetails details, Instant now) {
		this.jdbc
			.sql("insert into product_version (" + VERSION_COLUMNS + ") values (:id, :productId, :version, "
					+ ":release, :eol, :eos, :supportPlan, :upgradeOptions, 0, :now, :now)")
			.param("id", id.value())
			.param("productId", productId.value())
			.params(versionParameters(details))
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean update(ProductVersionId id, int expectedRevision, VersionDetails details, Instant now) {
		return this.jdbc
			.sql("""
					update product_version set version = :version, release_date = :release, eol_date = :eol, eos_date = :eos,
					  support_plan = :supportPlan, upgrade_options = :upgradeOptions, revision = revision + 1, updated_at = :now
					where id = :id and revision = :revision""")
			.param("id", id.value())
			.param("revision", expectedRevision)
			.params(versionParameters(details))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void deleteVersion(ProductVersionId id) {
		this.jdbc.sql("delete from product_version where id = ?").param(id.value()).update();
	}

	Optional<StoredVersion> findVersion(ProductVersionId id) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from product_version where id = ?")
			.param(id.value())
			.query(JdbcProductStore::version)
			.optional();
	}

	List<StoredVersion> findVersions(Collection<ProductId> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from product_version where product_id = any(?)")
			.param(productIds.stream().map(ProductId::value).toArray(UUID[]::new))
			.query(JdbcProductStore::version)
			.list();
	}

	long countVersions(ProductId productId) {
		return this.jdbc.sql("select count(*) from product_version where product_id = ?")
			.param(productId.value())
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> productParameters(ProductDetails details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("name", details.name());
		parameters.put("modelNumber", details.modelNumber());
		parameters.put("genericName", details.genericName());
		parameters.put("deviceClass", details.deviceClass().name());
		parameters.put("samd", details.samd());
		parameters.put("approvalNumber", details.approvalNumber());
		parameters.put("environment", details.intendedEnvironment().name());
		parameters.put("interfaces", names(details.interfaces()));
		parameters.put("wirelessKinds", names(details.wirelessKinds()));
		parameters.put("contact", details.securityContact());
		return parameters;
	}

	private static Map<String, Object> versionParameters(VersionDetails details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("version", details.version());
		parameters.put("release", details.dates().release());
		parameters.put("eol", details.dates().eol());
		parameters.put("eos", details.dates().eos());
		parameters.put("supportPlan", details.supportPlan());
		parameters.put("upgradeOptions", details.upgradeOptions());
		return parameters;
	}

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static StoredProduct product(ResultSet row, int rowNumber) throws SQLException {
		ProductDetails details = new ProductDetails(row.getString("name"), row.getString("model_number"),
				row.getString("generic_name"), DeviceClass.valueOf(row.getString("device_class")),
				row.getBoolean("samd"), row.getString("approval_number"),
				IntendedEnvironment.valueOf(row.getString("intended_environment")),
				enums(row.getArray("interfaces"), InterfaceType.class),
				enums(row.getArray("wireless_kinds"), WirelessKind.class), row.getString("security_contact"));
		return new StoredProduct(new ProductId(row.getObject("id", UUID.class)), details, row.getInt("revision"),
				instant(row, "created_at"), instant(row, "updated_at"));
	}

	private static StoredVersion version(ResultSet row, int rowNumber) throws SQLException {
		MilestoneDates dates = new MilestoneDates(row.getObject("release_date", LocalDate.class),
				row.getObject("eol_date", LocalDate.class), row.getObject("eos_date", LocalDate.class));
		VersionDetails details = new VersionDetails(row.getString("version"), dates, row.getString("support_plan"),
				row.getString("upgrade_options"));
		return new StoredVersion(new ProductVersionId(row.getObject("id", UUID.class)),
				new ProductId(row.getObject("product_id", UUID.class)), details, row.getInt("revision"),
				instant(row, "created_at"), instant(row, "updated_at"));
	}

	static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		return Arrays.stream((String[]) array.getArray())
			.map((name) -> Enum.valueOf(type, name))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
