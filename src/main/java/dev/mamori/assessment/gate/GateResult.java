package dev.mamori.assessment.gate;

import java.util.List;

/** The gate's verdict and the findings that block it, the most severe first. */
public record GateResult(boolean passed, List<GateFinding> blocking) {

	public GateResult {
		blocking = List.copyOf(blocking);
	}

}
