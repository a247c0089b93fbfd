package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a version owes hospitals and by when (P4, T§6.6.1, Table 2):
 * <ul>
 * <li>at commercial release: security policy, EOL/EOS plan (the EOL notice at sale),
 * upgrade options, IFU and security documents, SBOM and MDS2, maintenance plan — due on
 * the release date;</li>
 * <li>at EOL: EOL notice, EOS plan (customers learn of EOS no later than EOL), other
 * updates — due on the EOL date;</li>
 * <li>at EOS: EOS notice, other updates except the maintenance plan — due on the EOS
 * date;</li>
 * <li>on every change of EOL or EOS after release: a change notice, due
 * {@code changeNoticeDays} after the change and never after the changed milestone.</li>
 * </ul>
 */
public final class ObligationSchedule {

	private ObligationSchedule() {
	}

	public static List<Obligation> of(ObligationCatalog catalog, MilestoneDates dates, List<MilestoneChange> changes,
			Map<String, Completion> completions, LocalDate day) {
		List<Obligation> obligations = new ArrayList<>();
		for (Milestone milestone : List.of(Milestone.RELEASE, Milestone.EOL, Milestone.EOS)) {
			LocalDate due = dates.dateOf(milestone);
			for (ObligationDefinition definition : catalog.itemsFor(milestone)) {
				obligations.add(obligation(catalog, definition.code(), definition, due, completions, null, day));
			}
		}
		for (MilestoneChange change : changes) {
			if (change.changedOn().isAfter(day)) {
				continue; // not yet made on the day asked about
			}
			LocalDate due = changeNoticeDue(catalog, change);
			for (ObligationDefinition definition : catalog.itemsFor(Milestone.CHANGE)) {
				String key = definition.code() + ":" + change.id();
				obligations.add(obligation(catalog, key, definition, due, completions, change, day));
			}
		}
		return obligations;
	}

	static LocalDate changeNoticeDue(ObligationCatalog catalog, MilestoneChange change) {
		LocalDate due = change.changedOn().plusDays(catalog.changeNoticeDays());
		for (LocalDate moved : new LocalDate[] { change.eolChanged() ? change.eolTo() : null,
				change.eosChanged() ? change.eosTo() : null }) {
			if (moved != null && moved.isBefore(due)) {
				// Moved to a date close at hand: the notice is due by that milestone, or
				// on the day of the
				// change if the new date has already passed.
				due = moved.isBefore(change.changedOn()) ? change.changedOn() : moved;
			}
		}
		return due;
	}

	private static Obligation obligation(ObligationCatalog catalog, String key, ObligationDefinition definition,
			LocalDate due, Map<String, Completion> completions, MilestoneChange change, LocalDate day) {
		Completion completion = completions.get(key);
		if (completion != null && completion.doneOn().isAfter(day)) {
			completion = null; // done later than the day asked about
		}
		return new Obligation(key, definition, due, status(catalog, due, completion, day), completion, change);
	}

	static ObligationStatus status(ObligationCatalog catalog, LocalDate due, Completion completion, LocalDate day) {
		if (completion != null) {
			return ObligationStatus.DONE;
		}
		if (due == null) {
			return ObligationStatus.UNSCHEDULED;
		}
		if (day.isAfter(due)) {
			return ObligationStatus.OVERDUE;
		}
		if (!day.isBefore(due.minusDays(catalog.dueSoonDays()))) {
			return ObligationStatus.DUE;
		}
		return ObligationStatus.UPCOMING;
	}

}
