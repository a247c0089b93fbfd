package dev.mamori.product.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.product.LifecyclePhase;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.lifecycle.LegacyAssessment;
import dev.mamori.product.lifecycle.LegacyEvaluation;
import dev.mamori.product.lifecycle.MilestoneChange;
import dev.mamori.product.lifecycle.MilestoneDates;
import dev.mamori.product.lifecycle.Obligation;

/**
 * A product version as it stands on {@code day}: its data, the phase and legacy status
 * derived for that day, its specified controls, the history of assessments and milestone
 * changes, and its obligations with their status.
 */
public record VersionView(ProductVersionId id, ProductId productId, String version, MilestoneDates dates,
		String supportPlan, String upgradeOptions, int revision, LocalDate day, LifecyclePhase phase,
		LegacyEvaluation legacy, List<SpecifiedControl> controls, List<LegacyAssessment> assessments,
		List<MilestoneChange> changes, List<Obligation> obligations) {

	/** Released, but EOL or EOS not yet planned (T§6.6.1 asks for both at sale). */
	public boolean lacksEndOfLifePlan() {
		return this.dates.lacksEndOfLifePlanOn(this.day);
	}

	public List<Obligation> openObligations() {
		return this.obligations.stream().filter(Obligation::isOpen).toList();
	}

	public Set<String> controlIds() {
		return this.controls.stream().map(SpecifiedControl::controlId).collect(Collectors.toSet());
	}

	public boolean needsAttention() {
		return this.legacy.needsAttention() || lacksEndOfLifePlan() || !openObligations().isEmpty();
	}

}
