package dev.mamori.product.internal;

import java.time.LocalDate;

/** A legacy assessment as entered (P5). */
public record LegacyAssessmentInput(LocalDate assessedOn, Boolean protectedByUpdates, Boolean protectedByControls,
		String rationale) {

}
