package dev.mamori.sbom.model;

import java.time.LocalDate;

/**
 * What a supplier says about how long a component is supported (P3, S5). Real device
 * SBOMs often give text ("Until hardware support ends", "Open source") instead of a date,
 * so the text is kept as given and the date is filled only when the text is a date.
 *
 * @param level level of support as given ("Actively maintained", "Deprecated" …), or
 * {@code null}
 * @param endOfSupport end of support as given, or {@code null}
 * @param endOfSupportDate the end of support when it is a date, or {@code null}
 * @param endOfLife the component's end of life when given as a date, or {@code null}
 */
public record SupportInfo(String level, String endOfSupport, LocalDate endOfSupportDate, LocalDate endOfLife) {

	public static final SupportInfo NONE = new SupportInfo(null, null, null, null);

	public boolean isEmpty() {
		return this.level == null && this.endOfSupport == null && this.endOfSupportDate == null
				&& this.endOfLife == null;
	}

}
