package dev.mamori.product.lifecycle;

import java.time.LocalDate;

/**
 * An obligation of one version, dated and with its status on a given day.
 *
 * @param key stable key of this instance: the definition's code, or {@code CODE:changeId}
 * for the notice of one milestone change
 * @param dueDate {@code null} when unscheduled
 * @param completion {@code null} unless done
 * @param change the milestone change it notifies, for {@link Milestone#CHANGE}
 * obligations
 */
public record Obligation(String key, ObligationDefinition definition, LocalDate dueDate, ObligationStatus status,
		Completion completion, MilestoneChange change) {

	public boolean isOpen() {
		return this.status == ObligationStatus.DUE || this.status == ObligationStatus.OVERDUE;
	}

}
