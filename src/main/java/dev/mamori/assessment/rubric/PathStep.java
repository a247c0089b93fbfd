package dev.mamori.assessment.rubric;

/** A question asked on the way to a metric's value, and the answer given. */
public record PathStep(String question, Answer answer) {
}
