package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.util.List;

import dev.mamori.product.LegacyStatus;

/**
 * Whether a version is a legacy device on a given day, why, and whether the assessment
 * needs a fresh look (none past EOS; its premises changed since).
 *
 * @param assessedOn the date of the assessment that decided, or {@code null}
 */
public record LegacyEvaluation(LegacyStatus status, List<Reason> reasons, boolean needsAttention,
		LocalDate assessedOn) {

	public LegacyEvaluation {
		reasons = List.copyOf(reasons);
	}

}
