package dev.mamori.assessment.rubric;

import java.util.ArrayList;
import java.util.List;

/**
 * One question of the rubric, with its Japanese and English text and a branch for each
 * answer. A {@code recordOnly} question has no branches: its answer is kept with the
 * assessment but decides nothing.
 */
public record RubricQuestion(String id, String ja, String en, Branch yes, Branch no, Branch unknown,
		boolean recordOnly) {

	public RubricQuestion {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a question without an id");
		}
		if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("question " + id + " needs its Japanese and English text");
		}
		boolean anyBranch = yes != null || no != null || unknown != null;
		if (recordOnly ? anyBranch : (yes == null || no == null || unknown == null)) {
			throw new IllegalArgumentException("question " + id + (recordOnly
					? " is asked for the record only and has no branches" : " needs a branch for each answer"));
		}
	}

	public Branch branch(Answer answer) {
		return switch (answer) {
			case YES -> this.yes;
			case NO -> this.no;
			case UNKNOWN -> this.unknown;
		};
	}

	/** The branches in answer order (none for a record-only question). */
	public List<Branch> branches() {
		List<Branch> branches = new ArrayList<>();
		if (!this.recordOnly) {
			for (Answer answer : Answer.values()) {
				branches.add(branch(answer));
			}
		}
		return branches;
	}

}
