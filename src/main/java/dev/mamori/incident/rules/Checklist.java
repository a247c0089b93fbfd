package dev.mamori.incident.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The answers to the investigation checklist A–E (I1) with a note each. Unanswered items
 * are {@link Answer#UNKNOWN}.
 */
public record Checklist(Map<ChecklistItem, Answer> answers, Map<ChecklistItem, String> notes) {

	public Checklist {
		EnumMap<ChecklistItem, Answer> all = new EnumMap<>(ChecklistItem.class);
		for (ChecklistItem item : ChecklistItem.values()) {
			all.put(item, Answer.UNKNOWN);
		}
		if (answers != null) {
			answers.forEach((item, answer) -> all.put(item, (answer != null) ? answer : Answer.UNKNOWN));
		}
		answers = Collections.unmodifiableMap(all);
		notes = Collections.unmodifiableMap(
				(notes == null || notes.isEmpty()) ? new EnumMap<>(ChecklistItem.class) : new EnumMap<>(notes));
	}

	public static Checklist unanswered() {
		return new Checklist(Map.of(), Map.of());
	}

	public Answer answer(ChecklistItem item) {
		return this.answers.get(item);
	}

	public String note(ChecklistItem item) {
		return this.notes.get(item);
	}

	/**
	 * Whether the device itself misbehaved (A, B or D): a malfunction in PMDA's sense.
	 */
	public boolean deviceMisbehaved() {
		return answer(ChecklistItem.A_SETTINGS_CHANGED).isYes()
				|| answer(ChecklistItem.B_DIAGNOSIS_OR_TREATMENT_CHANGED).isYes()
				|| answer(ChecklistItem.D_DEVICE_STOPPED_OR_MALFUNCTIONED).isYes();
	}

}
