package dev.mamori.incident.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The facts an incident hands to a new malfunction-report case (R1–R4, issue 6). */
class ReportCaseLinkTest {

	static final UUID INCIDENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-000000000002");

	static final UUID VERSION = UUID.fromString("00000000-0000-0000-0000-000000000003");

	static Map<String, String> link(Checklist checklist, PatientImpact impact, List<String> vulnerabilities) {
		return ReportCaseLink.parameters(new ReportCaseLink.Facts(INCIDENT, PRODUCT, VERSION, checklist, impact,
				LocalDate.of(2026, 4, 1), "Insulin pump settings changed", vulnerabilities));
	}

	static Checklist yes(ChecklistItem item) {
		Map<ChecklistItem, Answer> answers = new EnumMap<>(ChecklistItem.class);
		answers.put(item, Answer.YES);
		return new Checklist(answers, Map.of());
	}

	@Test
	void harmedPatientIsHealthDamageWithItsOutcome() {
		assertThat(link(yes(ChecklistItem.A_SETTINGS_CHANGED),
				new PatientImpact(Answer.YES, HarmOutcome.HOSPITALIZATION, null), List.of("CVE-2026-0001")))
			.containsExactly(Map.entry("incident", INCIDENT.toString()), Map.entry("product", PRODUCT.toString()),
					Map.entry("version", VERSION.toString()), Map.entry("event", "HEALTH_DAMAGE"),
					Map.entry("outcome", "HOSPITALIZATION"), Map.entry("informationObtained", "2026-04-01"),
					Map.entry("summary", "Insulin pump settings changed"), Map.entry("vulnerability", "CVE-2026-0001"));
	}

	@Test
	void misbehavingDeviceWithoutHarmIsAMalfunctionWithWhatItCouldCause() {
		Map<String, String> link = link(yes(ChecklistItem.D_DEVICE_STOPPED_OR_MALFUNCTIONED),
				new PatientImpact(Answer.NO, null, PotentialOutcome.SERIOUS), List.of());
		assertThat(link).containsEntry("event", "MALFUNCTION")
			.containsEntry("potentialOutcome", "SERIOUS")
			.doesNotContainKeys("outcome", "vulnerability");
	}

	@Test
	void changedDiagnosisOrSettingsAlsoCountAsAMalfunction() {
		assertThat(link(yes(ChecklistItem.B_DIAGNOSIS_OR_TREATMENT_CHANGED), PatientImpact.unknown(), List.of()))
			.containsEntry("event", "MALFUNCTION");
		assertThat(link(yes(ChecklistItem.A_SETTINGS_CHANGED), PatientImpact.unknown(), List.of()))
			.containsEntry("event", "MALFUNCTION");
	}

	@Test
	void leavesTheEventToTheCaseWhenNeitherHarmNorMisbehaviourIsKnown() {
		assertThat(link(yes(ChecklistItem.C_CONFIDENTIAL_DATA), PatientImpact.unknown(), List.of()))
			.doesNotContainKeys("event", "outcome", "potentialOutcome")
			.containsEntry("informationObtained", "2026-04-01");
	}

	@Test
	void harmWithUnknownOutcomeStillSaysHealthDamage() {
		assertThat(link(Checklist.unanswered(), new PatientImpact(Answer.YES, null, null), List.of()))
			.containsEntry("event", "HEALTH_DAMAGE")
			.doesNotContainKey("outcome");
	}

}
