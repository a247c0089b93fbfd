package dev.mamori.regulatory.rules;

/**
 * Where a malfunction-report case stands. A case leaves {@code OPEN} only when a safety
 * officer confirms the decision; until then it counts as a 15-day case. There is no way
 * to close a case but the final report (R6: a device past EOS or legacy is no ground for
 * closing).
 */
public enum CaseState {

	/** Facts being gathered; treated as a 15-day case. */
	OPEN,
	/** Reportable, decision confirmed; no report sent yet. */
	CLASSIFIED,
	/** Confirmed not reportable; stays open for re-evaluation (R5). */
	MONITORING,
	/** A first report was sent; follow-up or final report owed. */
	REPORTING,
	/** The final report was sent. */
	CLOSED;

	public boolean active() {
		return this != CLOSED;
	}

}
