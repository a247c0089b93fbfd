package dev.mamori.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamori.security.lockout.*} ({@code MAMORI_SECURITY_LOCKOUT_ATTEMPTS},
 * {@code MAMORI_SECURITY_LOCKOUT_DURATION}): how many wrong passwords in a row lock an
 * account, and for how long.
 */
@ConfigurationProperties("mamori.security.lockout")
record IdentitySettings(Integer attempts, Duration duration) {

	IdentitySettings {
		if (attempts == null) {
			attempts = 5;
		}
		if (duration == null) {
			duration = Duration.ofMinutes(15);
		}
	}

}
