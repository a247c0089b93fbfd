package dev.mamori.product.lifecycle;

import java.time.LocalDate;

import dev.mamori.common.InputChecks;
import dev.mamori.product.LifecyclePhase;

/**
 * The three milestones of a product version (P2): commercial release, EOL (製品寿命終了) and
 * EOS (サポート終了). Any of them may still be unknown; known ones are ordered release ≤ EOL ≤
 * EOS.
 * <p>
 * A milestone date is the first day of the phase it opens: on the EOL date the version is
 * in limited support, on the EOS date support has ended.
 */
public record MilestoneDates(LocalDate release, LocalDate eol, LocalDate eos) {

	public static final MilestoneDates UNKNOWN = new MilestoneDates(null, null, null);

	public MilestoneDates {
		if (!inOrder(release, eol) || !inOrder(eol, eos) || !inOrder(release, eos)) {
			throw new IllegalArgumentException("milestones out of order: " + release + ", " + eol + ", " + eos);
		}
	}

	/**
	 * Checks the order of the dates, recording a violation per broken pair on the field
	 * of the later milestone; returns the dates when they are valid, else {@code null}.
	 */
	public static MilestoneDates check(InputChecks checks, LocalDate release, LocalDate eol, LocalDate eos) {
		boolean valid = checks.check(inOrder(release, eol), "eolDate", "version.eol.beforeRelease", eol, release);
		if (eol != null) {
			valid &= checks.check(inOrder(eol, eos), "eosDate", "version.eos.beforeEol", eos, eol);
		}
		else {
			valid &= checks.check(inOrder(release, eos), "eosDate", "version.eos.beforeRelease", eos, release);
		}
		return valid ? new MilestoneDates(release, eol, eos) : null;
	}

	/** The phase on the given day (T§6.6.1, Fig. 1). */
	public LifecyclePhase phaseOn(LocalDate day) {
		if (this.release == null || day.isBefore(this.release)) {
			return LifecyclePhase.DEVELOPMENT;
		}
		if (this.eos != null && !day.isBefore(this.eos)) {
			return LifecyclePhase.END_OF_SUPPORT;
		}
		if (this.eol != null && !day.isBefore(this.eol)) {
			return LifecyclePhase.LIMITED_SUPPORT;
		}
		return LifecyclePhase.SUPPORT;
	}

	/**
	 * Whether the version is on the market on that day (released, whatever its support).
	 */
	public boolean isReleasedOn(LocalDate day) {
		return this.release != null && !day.isBefore(this.release);
	}

	/**
	 * Released, but EOL or EOS still unplanned: customers cannot be told what T§6.6.1
	 * asks.
	 */
	public boolean lacksEndOfLifePlanOn(LocalDate day) {
		return isReleasedOn(day) && (this.eol == null || this.eos == null);
	}

	/**
	 * The date of a milestone; {@code null} when unknown, and always for
	 * {@link Milestone#CHANGE}.
	 */
	public LocalDate dateOf(Milestone milestone) {
		return switch (milestone) {
			case RELEASE -> this.release;
			case EOL -> this.eol;
			case EOS -> this.eos;
			case CHANGE -> null;
		};
	}

	private static boolean inOrder(LocalDate earlier, LocalDate later) {
		return earlier == null || later == null || !later.isBefore(earlier);
	}

}
