package dev.mamori.product.internal;

import java.time.LocalDate;

/** A product version as entered, before it is checked. */
public record VersionInput(String version, LocalDate releaseDate, LocalDate eolDate, LocalDate eosDate,
		String supportPlan, String upgradeOptions) {

}
