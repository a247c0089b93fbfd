package dev.mamori.assessment.rubric;

import java.util.List;

import dev.mamori.common.DomainException;

/** Answers name questions the rubric does not have: a typo, or another rubric's file. */
public final class UnknownRubricQuestionException extends DomainException {

	private final List<String> questions;

	public UnknownRubricQuestionException(String rubricId, List<String> questions) {
		super("rubric.unknownQuestions", List.of(String.join(", ", questions), rubricId));
		this.questions = List.copyOf(questions);
	}

	public List<String> questions() {
		return this.questions;
	}

}
