package dev.mamori.notification.internal;

import java.time.Instant;
import java.util.UUID;

import dev.mamori.notification.MinimumSeverity;

/**
 * A user follows a product: new findings at or above {@code minSeverity} and every
 * incident on its versions are notified in the application, and by e-mail when
 * {@code email}.
 */
public record Subscription(UUID id, String username, UUID productId, MinimumSeverity minSeverity, boolean email,
		Instant createdAt) {
}
