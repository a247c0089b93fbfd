package dev.mamori.regulatory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.regulatory.rules.SafetyMeasureKind;

/**
 * A safety measure taken for a case (R7).
 *
 * @param letter {@code YELLOW} (緊急安全性情報) or {@code BLUE} (安全性速報) for emergencies, else
 * {@code NONE}
 */
public record SafetyMeasure(UUID id, SafetyMeasureKind kind, LocalDate startedOn, LocalDate completedOn, String letter,
		String note, Instant recordedAt, String recordedBy) {
}
