package dev.mamori.sbom.support;

import java.time.LocalDate;

import dev.mamori.sbom.model.SbomComponent;

/**
 * A component whose support ends before the device's.
 *
 * @param endOfSupport the component's end of support
 * @param source whether the date came from an SBOM or was entered by hand
 * @param against the device milestone it comes before
 * @param deviceDate the date of that milestone ({@code null} for {@link Against#TODAY}:
 * the component's support has already ended while the device is supported and its EOL is
 * not set)
 */
public record SupportFlag(SbomComponent component, LocalDate endOfSupport, Source source, Against against,
		LocalDate deviceDate) {

	/** Where the component's date came from. */
	public enum Source {

		SBOM, MANUAL

	}

	/** Which device milestone the component's end of support precedes. */
	public enum Against {

		EOL, EOS, TODAY

	}

}
