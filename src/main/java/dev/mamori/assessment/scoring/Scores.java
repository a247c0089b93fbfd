package dev.mamori.assessment.scoring;

import java.math.BigDecimal;

/**
 * What a calculator computes for one vector; {@code null} where the vector gives no
 * metric for a score.
 */
record Scores(BigDecimal base, BigDecimal temporal, BigDecimal threat, BigDecimal environmental, BigDecimal overall) {
}
