package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A change of the EOL and/or EOS date (including setting or clearing one) made after the
 * version went on sale, in one edit: customers must be told (T§6.6.1: 「変更があった場合も通知する」),
 * and one notice covers the edit.
 *
 * @param eolFrom the EOL before the change, {@code null} when it was unknown (likewise
 * the others)
 */
public record MilestoneChange(UUID id, LocalDate eolFrom, LocalDate eolTo, LocalDate eosFrom, LocalDate eosTo,
		LocalDate changedOn, String reason) {

	public MilestoneChange {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(changedOn, "changedOn");
		reason = (reason == null) ? "" : reason;
		if (Objects.equals(eolFrom, eolTo) && Objects.equals(eosFrom, eosTo)) {
			throw new IllegalArgumentException("a milestone change must change EOL or EOS");
		}
	}

	/** The change between two sets of dates, if EOL or EOS differ. */
	public static Optional<MilestoneChange> between(MilestoneDates before, MilestoneDates after, LocalDate changedOn,
			String reason) {
		if (Objects.equals(before.eol(), after.eol()) && Objects.equals(before.eos(), after.eos())) {
			return Optional.empty();
		}
		return Optional.of(new MilestoneChange(UUID.randomUUID(), before.eol(), after.eol(), before.eos(), after.eos(),
				changedOn, reason));
	}

	public boolean eolChanged() {
		return !Objects.equals(this.eolFrom, this.eolTo);
	}

	public boolean eosChanged() {
		return !Objects.equals(this.eosFrom, this.eosTo);
	}

}
