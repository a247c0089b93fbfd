package dev.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimumSeverityTest {

	@Test
	void admitsScoresFromTheBandsLowerBound() {
		assertThat(MinimumSeverity.HIGH.admits(7.0)).isTrue();
		assertThat(MinimumSeverity.HIGH.admits(6.9)).isFalse();
		assertThat(MinimumSeverity.CRITICAL.admits(9.0)).isTrue();
		assertThat(MinimumSeverity.CRITICAL.admits(8.9)).isFalse();
		assertThat(MinimumSeverity.MEDIUM.admits(4.0)).isTrue();
		assertThat(MinimumSeverity.LOW.admits(0.1)).isTrue();
		assertThat(MinimumSeverity.LOW.admits(0.0)).isFalse();
	}

	@Test
	void onlyAllAdmitsWhatNoSourceHasScored() {
		assertThat(MinimumSeverity.ALL.admits(null)).isTrue();
		assertThat(MinimumSeverity.LOW.admits(null)).isFalse();
	}

}
