package dev.mamori.product.internal;

import java.util.Objects;

import dev.mamori.common.InputChecks;
import dev.mamori.product.lifecycle.MilestoneDates;

/**
 * A version's own data: its version string, milestones (release ≤ EOL ≤ EOS where known),
 * support plan and upgrade options. Always valid: build it with
 * {@link #from(VersionInput)}.
 */
public record VersionDetails(String version, MilestoneDates dates, String supportPlan, String upgradeOptions) {

	static final int VERSION_MAX = 100;

	static final int TEXT_MAX = 10_000;

	public VersionDetails {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(dates, "dates");
		supportPlan = (supportPlan == null) ? "" : supportPlan;
		upgradeOptions = (upgradeOptions == null) ? "" : upgradeOptions;
	}

	public static VersionDetails from(VersionInput input) {
		InputChecks checks = new InputChecks();
		String version = checks.requiredText("version", input.version(), VERSION_MAX);
		MilestoneDates dates = MilestoneDates.check(checks, input.releaseDate(), input.eolDate(), input.eosDate());
		String supportPlan = checks.optionalText("supportPlan", input.supportPlan(), TEXT_MAX);
		String upgradeOptions = checks.optionalText("upgradeOptions", input.upgradeOptions(), TEXT_MAX);
		checks.throwIfInvalid();
		return new VersionDetails(version, dates, supportPlan, upgradeOptions);
	}

}
