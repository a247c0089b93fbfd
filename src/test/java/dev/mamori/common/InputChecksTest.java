package dev.mamori.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputChecksTest {

	@Test
	void trimsAndKeepsText() {
		InputChecks checks = new InputChecks();
		assertThat(checks.requiredText("name", "  ポンプ ", 10)).isEqualTo("ポンプ");
		assertThat(checks.isValid()).isTrue();
	}

	@Test
	void treatsBlankAsMissing() {
		InputChecks checks = new InputChecks();
		assertThat(checks.optionalText("note", "   ", 10)).isNull();
		assertThat(checks.requiredText("name", "\t", 10)).isNull();
		assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
				(failure) -> assertThat(failure.violations())
					.containsExactly(Violation.of("name", "validation.required")));
	}

	@Test
	void reportsOneViolationPerFieldForOversizedText() {
		InputChecks checks = new InputChecks();
		assertThat(checks.requiredText("name", "x".repeat(11), 10)).isNull();
		assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
				(failure) -> assertThat(failure.violations())
					.containsExactly(Violation.of("name", "validation.tooLong", 10, 11)));
	}

	@Test
	void allowsLineBreaksButNoOtherControlCharacters() {
		InputChecks checks = new InputChecks();
		assertThat(checks.optionalText("plan", "line 1\nline 2\ttab", 100)).isNotNull();
		assertThat(checks.optionalText("plan", "bell\u0007", 100)).isNull();
		assertThat(checks.hasViolationFor("plan")).isTrue();
	}

}
