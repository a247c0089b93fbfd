package dev.mamori.regulatory.internal;

import java.time.LocalDate;

import dev.mamori.regulatory.rules.SafetyMeasureKind;

/** A safety measure being recorded (R7); {@code letter} NONE, YELLOW or BLUE. */
public record MeasureInput(SafetyMeasureKind kind, LocalDate startedOn, LocalDate completedOn, String letter,
		String note) {
}
