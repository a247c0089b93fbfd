package dev.mamori.product.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The versioned catalog of milestone obligations (Table 2), and the policy that dates
 * them.
 *
 * @param id the rule set's id, stored with every completion recorded against it
 * @param dueSoonDays how many days before its due date an obligation counts as due
 * @param changeNoticeDays how many days after an EOL/EOS change its notice is due (never
 * later than the changed milestone itself)
 */
public record ObligationCatalog(String id, String version, int dueSoonDays, int changeNoticeDays,
		List<ObligationDefinition> items) {

	public ObligationCatalog {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		items = List.copyOf(items);
		if (dueSoonDays < 0 || changeNoticeDays < 0) {
			throw new IllegalArgumentException("day counts must not be negative");
		}
		Set<String> codes = new HashSet<>();
		for (ObligationDefinition item : items) {
			if (!codes.add(item.code())) {
				throw new IllegalArgumentException("duplicate obligation code " + item.code());
			}
		}
		for (Milestone milestone : Milestone.values()) {
			if (items.stream().noneMatch((item) -> item.milestone() == milestone)) {
				throw new IllegalArgumentException("no obligation for milestone " + milestone);
			}
		}
	}

	public List<ObligationDefinition> itemsFor(Milestone milestone) {
		return this.items.stream().filter((item) -> item.milestone() == milestone).toList();
	}

}
