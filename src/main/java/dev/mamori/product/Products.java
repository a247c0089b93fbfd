package dev.mamori.product;

import java.time.LocalDate;
import java.util.Optional;

/** What other modules may ask of the product registry. */
public interface Products {

	/**
	 * A version as it stands on the given day, or empty when there is no such version.
	 */
	Optional<VersionSnapshot> findVersion(ProductVersionId id, LocalDate day);

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
