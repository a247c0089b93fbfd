package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.mamori.common.InputChecks;
import dev.mamori.product.LegacyStatus;
import dev.mamori.product.LifecyclePhase;

/**
 * The legacy-device rule of P5 (T§6.6.1, glossary): a device is legacy when it cannot be
 * protected against current threats by updates nor by compensating controls, <em>whatever
 * its age</em>. A device whose own protection lapsed is not legacy while the compensating
 * controls specified for its use environment secure it.
 * <p>
 * Age since release is deliberately not an input. What matters is the latest assessment
 * made on or before the day asked about, and whether its premises still hold on that day.
 */
public final class LegacyRules {

	private LegacyRules() {
	}

	public static LegacyEvaluation evaluate(List<LegacyAssessment> history, MilestoneDates dates,
			Set<String> currentControls, LocalDate day) {
		LifecyclePhase phase = dates.phaseOn(day);
		Optional<LegacyAssessment> latest = latestOn(history, day);
		if (latest.isEmpty()) {
			boolean pastEos = phase == LifecyclePhase.END_OF_SUPPORT;
			return new LegacyEvaluation(LegacyStatus.NOT_ASSESSED,
					pastEos ? List.of(Reason.of("legacy.reason.notAssessed"), Reason.of("legacy.reason.missingPastEos"))
							: List.of(Reason.of("legacy.reason.notAssessed")),
					pastEos, null);
		}
		LegacyAssessment assessment = latest.get();
		List<Reason> reasons = new ArrayList<>();
		boolean attention = false;
		LegacyStatus status;
		if (assessment.protectedByUpdates()) {
			status = LegacyStatus.NOT_LEGACY;
			reasons.add(Reason.of("legacy.reason.protectedByUpdates", assessment.assessedOn()));
			if (phase == LifecyclePhase.END_OF_SUPPORT && assessment.assessedOn().isBefore(dates.eos())) {
				// The answer relied on updates, and from EOS on there are none.
				attention = true;
				reasons.add(Reason.of("legacy.reason.updatesEnded", dates.eos()));
			}
		}
		else if (Boolean.TRUE.equals(assessment.protectedByControls())) {
			status = LegacyStatus.NOT_LEGACY;
			reasons.add(Reason.of("legacy.reason.protectedByControls", assessment.assessedOn(),
					new ControlIds(List.copyOf(new TreeSet<>(assessment.controlsAtAssessment())))));
			if (!currentControls.containsAll(assessment.controlsAtAssessment())) {
				attention = true;
				reasons.add(Reason.of("legacy.reason.controlsChanged"));
			}
		}
		else {
			status = LegacyStatus.LEGACY;
			reasons.add(Reason.of("legacy.reason.cannotBeProtected", assessment.assessedOn()));
		}
		return new LegacyEvaluation(status, reasons, attention, assessment.assessedOn());
	}

	/**
	 * The assessment in force on a day: the latest dated on or before it (ties: the last
	 * recorded).
	 */
	public static Optional<LegacyAssessment> latestOn(List<LegacyAssessment> history, LocalDate day) {
		return history.stream()
			.filter((assessment) -> !assessment.assessedOn().isAfter(day))
			.max(Comparator.comparing(LegacyAssessment::assessedOn)
				.thenComparing(LegacyAssessment::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/**
	 * Checks a new assessment: dated no later than today; the second question answered
	 * when the first is no; controls specified when they are said to protect; a
	 * rationale.
	 */
	public static void checkNew(InputChecks checks, LocalDate assessedOn, Boolean protectedByUpdates,
			Boolean protectedByControls, Set<String> currentControls, LocalDate today) {
		if (checks.check(assessedOn != null, "assessedOn", "validation.required")) {
			checks.check(!assessedOn.isAfter(today), "assessedOn", "legacy.assessedOn.future", today);
		}
		if (checks.check(protectedByUpdates != null, "protectedByUpdates", "validation.required")
				&& !protectedByUpdates) {
			if (checks.check(protectedByControls != null, "protectedByControls", "legacy.controls.answerRequired")
					&& protectedByControls) {
				checks.check(!currentControls.isEmpty(), "protectedByControls", "legacy.controls.noneSpecified");
			}
		}
	}

}
