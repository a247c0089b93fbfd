package dev.mamori.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the product registry. */
public interface Products {

	/**
	 * A version as it stands on the given day, or empty when there is no such version.
	 */
	Optional<VersionSnapshot> findVersion(ProductVersionId id, LocalDate day);

	/**
	 * A version of a product as it stands on the given day.
	 * @throws dev.mamori.common.NotFoundException when there is no such version of that
	 * product
	 */
	VersionSnapshot requireVersion(ProductId productId, ProductVersionId id, LocalDate day);

	/** Every version of every product on the given day. */
	List<VersionSnapshot> versions(LocalDate day);

	/** The product whose name or model number is exactly this text (case-insensitive). */
	Optional<ProductId> findProduct(String nameOrModelNumber);

	/** Every product's name, by id, whether or not it has versions yet. */
	Map<ProductId, String> productNames();

	/** The version of a product with exactly this version string. */
	Optional<ProductVersionId> findVersion(ProductId product, String version);

	/**
	 * Registers a new version with nothing but its version string (milestones unknown),
	 * audited with the reason: for machines that announce versions, such as CI uploading
	 * an SBOM.
	 */
	ProductVersionId createVersion(ProductId product, String version, String reason);

	/**
	 * The names a regulatory report gives the device (販売名, 一般的名称, 承認・認証番号), or empty when
	 * there is no such product.
	 */
	Optional<DeviceLabel> deviceLabel(ProductId id);

	/**
	 * How the device is named in regulatory documents.
	 *
	 * @param approvalNumber 承認・認証番号, {@code null} while not entered
	 */
	record DeviceLabel(String name, String modelNumber, String genericName, String approvalNumber) {
	}

	/**
	 * A product version on one day: its names, milestones, derived phase and legacy
	 * status.
	 *
	 * @param releaseDate {@code null} while unknown, as are {@code eolDate} and
	 * {@code eosDate}
	 */
	record VersionSnapshot(ProductId productId, String productName, String modelNumber, ProductVersionId versionId,
			String version, LocalDate releaseDate, LocalDate eolDate, LocalDate eosDate, LocalDate day,
			LifecyclePhase phase, LegacyStatus legacy) {
	}

}
