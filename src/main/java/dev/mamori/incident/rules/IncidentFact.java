package dev.mamori.incident.rules;

import java.util.EnumSet;
import java.util.Set;

/** The facts of an incident that decide which notifications are owed to others (I4). */
public enum IncidentFact {

	A_SETTINGS_CHANGED, B_DIAGNOSIS_OR_TREATMENT_CHANGED, C_CONFIDENTIAL_DATA, D_DEVICE_STOPPED_OR_MALFUNCTIONED,
	E_SPREAD,

	/** Unauthorized access or another attack is suspected, not only a fault. */
	CYBERATTACK_SUSPECTED,

	/**
	 * A vulnerability of the device itself is involved (a CVE is to be requested, A4).
	 */
	DEVICE_VULNERABILITY,

	/** Malware was found on the device (I2). */
	MALWARE_FOUND,

	/** A patient was harmed. */
	PATIENT_HARM;

	/** The facts that hold: the checklist items answered yes and the other flags. */
	public static Set<IncidentFact> of(Checklist checklist, Answer cyberattack, Answer deviceVulnerability,
			boolean malwareFound, PatientImpact impact) {
		Set<IncidentFact> facts = EnumSet.noneOf(IncidentFact.class);
		for (ChecklistItem item : ChecklistItem.values()) {
			if (checklist.answer(item).isYes()) {
				facts.add(IncidentFact.valueOf(item.name()));
			}
		}
		if (cyberattack == Answer.YES) {
			facts.add(CYBERATTACK_SUSPECTED);
		}
		if (deviceVulnerability == Answer.YES) {
			facts.add(DEVICE_VULNERABILITY);
		}
		if (malwareFound) {
			facts.add(MALWARE_FOUND);
		}
		if (impact.harm() == Answer.YES) {
			facts.add(PATIENT_HARM);
		}
		return facts;
	}

}
