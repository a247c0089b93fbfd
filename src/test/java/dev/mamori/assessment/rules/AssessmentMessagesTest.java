package dev.mamori.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.mamori.assessment.risk.ExploitationRule;
import dev.mamori.assessment.scoring.CvssSeverity;
import dev.mamori.assessment.scoring.InvalidCvssVectorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message code the assessment cores and their data produce exists in both
 * languages: refusals, severities, and the reasons named in the exploitation rule file.
 */
class AssessmentMessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void everyCodeHasAMessage(String language) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		List<String> codes = new ArrayList<>();
		for (InvalidCvssVectorException.Reason reason : InvalidCvssVectorException.Reason.values()) {
			codes.add(reason.messageCode());
		}
		for (CvssSeverity severity : CvssSeverity.values()) {
			codes.add(severity.messageCode());
		}
		for (ExploitationRule rule : AssessmentRules.exploitation().rules()) {
			codes.add("risk.probability.reason." + rule.reason());
		}
		codes.add("rubric.status." + AssessmentRules.rubric().status());
		assertThat(codes).allSatisfy((code) -> assertThat(bundle.containsKey(code)).as(code).isTrue());
	}

}
