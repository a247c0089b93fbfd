package dev.mamori.regulatory;

import java.util.Objects;
import java.util.UUID;

/** The identity of a malfunction-report case. */
public record ReportCaseId(UUID value) {

	public ReportCaseId {
		Objects.requireNonNull(value, "value");
	}

	public static ReportCaseId random() {
		return new ReportCaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
