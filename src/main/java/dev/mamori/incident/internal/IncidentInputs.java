package dev.mamori.incident.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.mamori.common.InputChecks;
import dev.mamori.incident.rules.IncidentOrigin;
import dev.mamori.incident.rules.IncidentSeverity;

/** The checks of what users enter, reporting every violation at once. */
final class IncidentInputs {

	private static final Pattern VULNERABILITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{2,63}");

	private IncidentInputs() {
	}

	static IncidentOpening opening(NewIncident input, LocalDate today, InputChecks checks) {
		String title = checks.requiredText("title", input.title(), 300);
		checks.check(input.origin() != null, "origin", "validation.required");
		checks.check(input.product() != null, "product", "validation.required");
		checks.check(input.version() != null, "version", "validation.required");
		String organization = checks.optionalText("reporterOrganization", input.reporterOrganization(), 300);
		String contact = checks.optionalText("reporterContact", input.reporterContact(), 300);
		String cvd = checks.optionalText("cvdReference", input.cvdReference(), 300);
		String component = checks.optionalText("component", input.component(), 500);
		String description = checks.optionalText("description", input.description(), 20000);
		if (input.origin() == IncidentOrigin.HOSPITAL_CALL) {
			checks.check(organization != null, "reporterOrganization", "incident.origin.hospitalRequired");
		}
		if (input.origin() == IncidentOrigin.CVD_REPORT) {
			checks.check(cvd != null, "cvdReference", "incident.origin.cvdRequired");
		}
		if (input.origin() == IncidentOrigin.FINDING) {
			checks.check(!input.vulnerabilities().isEmpty(), "vulnerabilities", "incident.origin.findingRequired");
		}
		LocalDate obtained = (input.informationObtained() != null) ? input.informationObtained() : today;
		checks.check(!obtained.isAfter(today), "informationObtained", "incident.informationObtained.future");
		List<String> installations = lines("installations", input.installations(), 200, checks);
		return new IncidentOpening(title, input.origin(), organization, contact, input.receivedAt(), obtained, cvd,
				component, (description != null) ? description : "",
				(input.severity() != null) ? input.severity() : IncidentSeverity.MEDIUM, installations);
	}

	/** Vulnerability ids, upper-cased and without duplicates. */
	static List<String> vulnerabilities(List<String> ids, InputChecks checks) {
		LinkedHashSet<String> result = new LinkedHashSet<>();
		for (String id : (ids != null) ? ids : List.<String>of()) {
			if (id == null || id.isBlank()) {
				continue;
			}
			String text = id.strip();
			if (checks.check(VULNERABILITY_ID.matcher(text).matches(), "vulnerabilities",
					"incident.vulnerability.invalid", text)) {
				result.add(text.toUpperCase(Locale.ROOT));
			}
		}
		checks.check(result.size() <= 100, "vulnerabilities", "incident.tooMany", 100);
		return List.copyOf(result);
	}

	private static List<String> lines(String field, List<String> values, int maxLength, InputChecks checks) {
		List<String> result = new ArrayList<>();
		for (String value : values) {
			String text = checks.optionalText(field, value, maxLength);
			if (text != null) {
				result.add(text);
			}
		}
		checks.check(result.size() <= 500, field, "incident.tooMany", 500);
		return result;
	}

}
