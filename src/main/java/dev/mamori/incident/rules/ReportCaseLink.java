package dev.mamori.incident.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts an incident hands over to a new malfunction-report case (R1–R4), as the query
 * parameters of the regulatory module's new-case form. Only what is known is passed: the
 * safety officer completes the rest.
 * <p>
 * A harmed patient makes the event HEALTH_DAMAGE (with its outcome); a device that
 * misbehaved (checklist A, B or D) without harm makes it MALFUNCTION (with what a
 * recurrence could cause). Otherwise the event is left for the case to decide.
 */
public final class ReportCaseLink {

	/** The path of the regulatory module's new-case form. */
	public static final String PATH = "/reports/cases/new";

	private ReportCaseLink() {
	}

	public static Map<String, String> parameters(Facts facts) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("incident", facts.incident().toString());
		parameters.put("product", facts.product().toString());
		parameters.put("version", facts.version().toString());
		PatientImpact impact = facts.impact();
		if (impact.harm() == Answer.YES) {
			parameters.put("event", "HEALTH_DAMAGE");
			if (impact.outcome() != null) {
				parameters.put("outcome", impact.outcome().name());
			}
		}
		else if (facts.checklist().deviceMisbehaved()) {
			parameters.put("event", "MALFUNCTION");
			if (impact.potentialOutcome() != null) {
				parameters.put("potentialOutcome", impact.potentialOutcome().name());
			}
		}
		if (facts.informationObtained() != null) {
			parameters.put("informationObtained", facts.informationObtained().toString());
		}
		if (facts.summary() != null && !facts.summary().isBlank()) {
			parameters.put("summary", facts.summary());
		}
		if (!facts.vulnerabilities().isEmpty()) {
			parameters.put("vulnerability", facts.vulnerabilities().get(0));
		}
		return parameters;
	}

	/**
	 * What the incident knows.
	 *
	 * @param informationObtained the day (Asia/Tokyo) the company first learned of the
	 * incident: day 0 of a report deadline
	 */
	public record Facts(UUID incident, UUID product, UUID version, Checklist checklist, PatientImpact impact,
			LocalDate informationObtained, String summary, List<String> vulnerabilities) {

		public Facts {
			vulnerabilities = List.copyOf(vulnerabilities);
		}

	}

}
