package dev.mamori.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

	static final Instant FAILED_AT = Instant.parse("2026-12-04T01:00:00Z");

	@Test
	void waitsLongerAfterEachFailure() {
		assertThat(RetrySchedule.DEFAULT.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(60));
		assertThat(RetrySchedule.DEFAULT.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusSeconds(300));
		assertThat(RetrySchedule.DEFAULT.nextAttempt(5, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(12)));
	}

	@Test
	void givesUpAfterTheLastDelay() {
		assertThat(RetrySchedule.DEFAULT.maxAttempts()).isEqualTo(6);
		assertThat(RetrySchedule.DEFAULT.nextAttempt(6, FAILED_AT)).isEmpty();
	}

	@Test
	void anEmptyScheduleSendsOnce() {
		RetrySchedule once = new RetrySchedule(List.of());
		assertThat(once.maxAttempts()).isEqualTo(1);
		assertThat(once.nextAttempt(1, FAILED_AT)).isEmpty();
	}

	@Test
	void refusesDelaysThatAreNotPositiveAndAskingBeforeAnyFailure() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)));
		assertThatIllegalArgumentException().isThrownBy(() -> RetrySchedule.DEFAULT.nextAttempt(0, FAILED_AT));
	}

}
