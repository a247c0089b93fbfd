/**
 * Incidents (I1–I4, guide T§6.5): an actual or suspected cybersecurity incident on a
 * product version, its investigation checklist A–E, malware evidence captured before
 * removal, network-overload measures, the timeline of actions, patient impact, the
 * notifications owed to others (MHLW, JPCERT/CC, IPA, ISAO) and the hand-over to a
 * malfunction-report case.
 * <p>
 * The report case belongs to the regulatory module; the two are joined by a URL, not by
 * code: the incident page links to
 * {@code /reports/cases/new?incident=…&product=…&version=…&event=…&outcome=…&potentialOutcome=…&informationObtained=…&summary=…&vulnerability=…}
 * with the facts already known ({@link dev.mamori.incident.rules.ReportCaseLink}), and
 * {@link IncidentChanged} tells listeners (re-evaluation of report cases) what changed.
 * <p>
 * {@code rules} is the pure core: states, checklist, notification duties (data in
 * {@code rules/incident-notifications.json}) and the report-case facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
		allowedDependencies = { "common", "access", "audit", "web", "product" })
package dev.mamori.incident;
