package dev.mamori.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.Role;
import dev.mamori.identity.UserView;
import dev.mamori.web.Language;

/** A user account as stored. */
record UserRecord(UUID id, String username, String displayName, String passwordHash, Language language, boolean enabled,
		int failedLogins, Instant lockedUntil, Instant createdAt, Instant lastLoginAt, Set<Role> roles) {

	UserRecord {
		roles = Set.copyOf(roles);
	}

	boolean isLocked(Clock clock) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(clock.instant());
	}

	MamoriUser toPrincipal(Clock clock) {
		return new MamoriUser(this.id, this.username, this.displayName, this.passwordHash, this.enabled,
				isLocked(clock), this.roles, this.language);
	}

	UserView toView() {
		return new UserView(this.username, this.displayName, this.roles, this.enabled);
	}

}
