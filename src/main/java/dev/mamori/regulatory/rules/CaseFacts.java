package dev.mamori.regulatory.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts of a malfunction-report case, as the decision table reads them; {@code null}
 * where not (yet) known. Which facts a decision needs depends on the event: the engine
 * asks for the missing ones rather than guessing.
 *
 * @param predictable known (予測することができる) from the device's 使用上の必要な注意等
 * @param trendUnpredictable the occurrence trend (発生傾向) could not be predicted from the
 * precautions
 * @param trendChange the change of the trend indicates that harm may occur or spread
 * @param designatedDevice a device designated by the Minister (品目指定)
 * @param approvalDate the approval or certification date, for periodic reports
 * @param causalitySuspected suspected to be due to the device's malfunction (or use, for
 * an infection)
 * @param informationObtained 情報入手日: the first day anyone in the company had the minimum
 * information (day 0)
 */
public record CaseFacts(Origin origin, ReportEvent event, Outcome outcome, PotentialOutcome potentialOutcome,
		Boolean predictable, Boolean trendUnpredictable, Boolean trendChange, Boolean designatedDevice,
		LocalDate approvalDate, Boolean causalitySuspected, CyberFacts cyber, LocalDate informationObtained) {

	/** The facts a rule row may test, by the names the rule data uses. */
	public static final List<String> NAMES = List.of("origin", "event", "outcome", "potentialOutcome", "predictable",
			"trendUnpredictable", "trendChange", "designatedDevice", "causalitySuspected", "vulnerableSoftwarePresent",
			"vulnerableSoftwareUsed", "riskReducedNoHarmPossible");

	/**
	 * Cybersecurity facts are optional: their absence means "no ground for not
	 * reporting", never "ask for it".
	 */
	public static final List<String> OPTIONAL = List.of("vulnerableSoftwarePresent", "vulnerableSoftwareUsed",
			"riskReducedNoHarmPossible");

	/**
	 * The values a rule may name for a fact, so that a typo in the table fails at load.
	 */
	public static Set<String> domain(String name) {
		return switch (name) {
			case "origin" -> names(Origin.values());
			case "event" -> names(ReportEvent.values());
			case "outcome" -> names(Outcome.values());
			case "potentialOutcome" -> names(PotentialOutcome.values());
			default -> {
				if (!NAMES.contains(name)) {
					throw new IllegalArgumentException("unknown fact \"" + name + "\"");
				}
				yield Set.of("true", "false");
			}
		};
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}

	public CaseFacts {
		cyber = (cyber != null) ? cyber : CyberFacts.UNKNOWN;
	}

	/**
	 * A fact by name, as text ({@code true}, {@code DOMESTIC}, ...), {@code null} if
	 * unknown.
	 */
	public String value(String name) {
		Object value = switch (name) {
			case "origin" -> this.origin;
			case "event" -> this.event;
			case "outcome" -> this.outcome;
			case "potentialOutcome" -> this.potentialOutcome;
			case "predictable" -> this.predictable;
			case "trendUnpredictable" -> this.trendUnpredictable;
			case "trendChange" -> this.trendChange;
			case "designatedDevice" -> this.designatedDevice;
			case "causalitySuspected" -> this.causalitySuspected;
			case "vulnerableSoftwarePresent" -> this.cyber.vulnerableSoftwarePresent();
			case "vulnerableSoftwareUsed" -> this.cyber.vulnerableSoftwareUsed();
			case "riskReducedNoHarmPossible" -> this.cyber.riskReducedNoHarmPossible();
			default -> throw new IllegalArgumentException("unknown fact " + name);
		};
		return (value != null) ? value.toString() : null;
	}

}
