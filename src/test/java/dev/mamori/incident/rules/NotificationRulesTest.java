package dev.mamori.incident.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped rule set of notifications owed to others (I4, A4), rule by rule. */
class NotificationRulesTest {

	static NotificationRules rules;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = NotificationRulesTest.class.getResourceAsStream("/rules/incident-notifications.json")) {
			rules = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
				.readValue(in, NotificationRules.class);
		}
	}

	static List<String> owed(IncidentFact... facts) {
		Set<IncidentFact> set = (facts.length == 0) ? EnumSet.noneOf(IncidentFact.class) : EnumSet.of(facts[0], facts);
		return rules.owed(set).stream().map(NotificationDutyRule::key).toList();
	}

	@Test
	void shipsAVersionedRuleSet() {
		assertThat(rules.id()).isEqualTo("incident-notifications");
		assertThat(rules.version()).isNotBlank();
		assertThat(rules.duties()).hasSize(4);
	}

	@Test
	void owesNothingWhenNothingIsKnown() {
		assertThat(owed()).isEmpty();
	}

	@Test
	void confidentialDataLeakMeansTheHospitalReportsToMhlw() {
		assertThat(owed(IncidentFact.C_CONFIDENTIAL_DATA)).containsExactly("mhlw-hospital-report");
	}

	@Test
	void suspectedCyberattackMeansMhlwIpaAndIsao() {
		assertThat(owed(IncidentFact.CYBERATTACK_SUSPECTED)).containsExactly("mhlw-hospital-report", "ipa-report",
				"isao-sharing");
	}

	@Test
	void deviceVulnerabilityMeansJpcertForACveAndIsao() {
		assertThat(owed(IncidentFact.DEVICE_VULNERABILITY)).containsExactly("jpcert-cve", "isao-sharing");
	}

	@Test
	void malwareMeansAnIpaReport() {
		assertThat(owed(IncidentFact.MALWARE_FOUND)).containsExactly("ipa-report");
	}

	@Test
	void spreadToOtherSystemsIsSharedThroughAnIsao() {
		assertThat(owed(IncidentFact.E_SPREAD)).containsExactly("isao-sharing");
	}

	@Test
	void aSettingsChangeAloneOwesNoOutsideNotification() {
		assertThat(owed(IncidentFact.A_SETTINGS_CHANGED, IncidentFact.PATIENT_HARM)).isEmpty();
	}

	@Test
	void everyDutyHasJapaneseAndEnglishTexts() {
		assertThat(rules.duties()).allSatisfy((duty) -> {
			assertThat(duty.recipient().ja()).isNotBlank();
			assertThat(duty.recipient().en()).isNotBlank();
			assertThat(duty.reason().in(java.util.Locale.ENGLISH)).isEqualTo(duty.reason().en());
			assertThat(duty.reason().in(java.util.Locale.JAPANESE)).isEqualTo(duty.reason().ja());
		});
	}

	@Test
	void refusesDuplicateKeysAndDutiesWithoutFacts() {
		LocalizedText text = new LocalizedText("あ", "a");
		NotificationDutyRule one = new NotificationDutyRule("x", text, text, "I4", List.of(IncidentFact.E_SPREAD));
		assertThatIllegalArgumentException().isThrownBy(() -> new NotificationRules("r", "1", List.of(one, one)))
			.withMessageContaining("duplicate key x");
		NotificationDutyRule none = new NotificationDutyRule("y", text, text, "I4", List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> new NotificationRules("r", "1", List.of(none)))
			.withMessageContaining("applies to no fact");
	}

}
