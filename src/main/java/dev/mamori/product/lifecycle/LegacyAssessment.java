package dev.mamori.product.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A dated answer to the two questions of P5 for one version: can it be protected against
 * current threats by updates? If not, by the compensating controls specified for its use
 * environment?
 *
 * @param protectedByControls {@code null} when the first answer was yes (the question
 * does not arise)
 * @param controlsAtAssessment the controls the version specified when it was assessed
 */
public record LegacyAssessment(LocalDate assessedOn, boolean protectedByUpdates, Boolean protectedByControls,
		Set<String> controlsAtAssessment, String rationale, String assessor, Instant recordedAt) {

	public LegacyAssessment {
		Objects.requireNonNull(assessedOn, "assessedOn");
		Objects.requireNonNull(rationale, "rationale");
		controlsAtAssessment = Set.copyOf(controlsAtAssessment);
		if (!protectedByUpdates && protectedByControls == null) {
			throw new IllegalArgumentException("the controls question must be answered when updates do not protect");
		}
	}

}
