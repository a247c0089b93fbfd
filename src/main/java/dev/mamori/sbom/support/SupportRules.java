package dev.mamori.sbom.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.model.SbomComponent;

/**
 * Flags the components whose end of support comes before the device's (P3).
 * <p>
 * A component's end of support is the date entered by hand for it when there is one, else
 * the date its SBOM gives. It is flagged when it is before the device's EOL (the device
 * would still be sold and supported with an unsupported part), else before the device's
 * EOS. When the device's EOL is not yet set, a component whose support has already ended
 * while the device is released and not past EOS is flagged too.
 */
public final class SupportRules {

	private SupportRules() {
	}

	public static List<SupportFlag> flags(List<SbomComponent> components, List<ManualSupport> manual,
			LocalDate deviceRelease, LocalDate deviceEol, LocalDate deviceEos, LocalDate today) {
		List<SupportFlag> flags = new ArrayList<>();
		for (SbomComponent component : components) {
			String key = ComponentKey.of(component);
			// An entry for this very version of the component wins over one for all its
			// versions.
			ManualSupport entered = manual.stream()
				.filter((entry) -> entry.appliesTo(key, component.version()))
				.min(Comparator.comparing((ManualSupport entry) -> entry.version() == null))
				.orElse(null);
			LocalDate ends = (entered != null) ? entered.endOfSupport() : component.support().endOfSupportDate();
			if (ends == null) {
				continue;
			}
			SupportFlag.Source source = (entered != null) ? SupportFlag.Source.MANUAL : SupportFlag.Source.SBOM;
			if (deviceEol != null && ends.isBefore(deviceEol)) {
				flags.add(new SupportFlag(component, ends, source, SupportFlag.Against.EOL, deviceEol));
			}
			else if (deviceEos != null && ends.isBefore(deviceEos)) {
				flags.add(new SupportFlag(component, ends, source, SupportFlag.Against.EOS, deviceEos));
			}
			else if (deviceEol == null && !ends.isAfter(today) && deviceRelease != null
					&& !today.isBefore(deviceRelease) && (deviceEos == null || today.isBefore(deviceEos))) {
				flags.add(new SupportFlag(component, ends, source, SupportFlag.Against.TODAY, null));
			}
		}
		return flags;
	}

}
