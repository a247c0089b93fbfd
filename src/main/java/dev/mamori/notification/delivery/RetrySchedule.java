package dev.mamori.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed e-mail or webhook delivery is tried again: after each failure the next
 * delay of the list, and once the list is used up the delivery is given up (and shown as
 * failed to the administrator). A mail server or a receiver down for an afternoon still
 * gets the notice; one that never answers does not keep the worker busy forever.
 *
 * @param delays the waits after the first, second … failure
 */
public record RetrySchedule(List<Duration> delays) {

	/** 1 min, 5 min, 30 min, 2 h, 12 h: six attempts over about fifteen hours. */
	public static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)));

	public RetrySchedule {
		delays = List.copyOf(delays);
		if (delays.stream().anyMatch((delay) -> delay.isNegative() || delay.isZero())) {
			throw new IllegalArgumentException("retry delays must be positive: " + delays);
		}
	}

	/**
	 * When to try again after {@code failedAttempts} attempts that all failed, or empty
	 * when the delivery is given up.
	 */
	public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("no attempt has failed yet");
		}
		if (failedAttempts > this.delays.size()) {
			return Optional.empty();
		}
		return Optional.of(failedAt.plus(this.delays.get(failedAttempts - 1)));
	}

	/** How many attempts a delivery gets in all. */
	public int maxAttempts() {
		return this.delays.size() + 1;
	}

}
