package dev.mamori.identity.internal;

import java.time.Clock;
import java.time.Instant;

import dev.mamori.access.Actor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@code mamori.security.lockout.attempts} wrong passwords in a
 * row (form login and HTTP Basic alike), for {@code mamori.security.lockout.duration}. A
 * lock is audited. While locked, even the right password is refused, and the attempts are
 * not counted.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final JdbcUserStore users;

	private final AuditLog audit;

	private final IdentitySettings settings;

	private final Clock clock;

	LoginAttempts(JdbcUserStore users, AuditLog audit, IdentitySettings settings, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		this.users.recordFailure(username).ifPresent((failures) -> {
			if (failures >= this.settings.attempts()) {
				Instant until = this.clock.instant().plus(this.settings.duration());
				this.users.lock(username, until);
				log.warn("Account {} locked until {} after {} failed logins", JdbcUserStore.normalize(username), until,
						failures);
				this.audit.record(AuditRecord
					.of("user.locked", "user", JdbcUserStore.normalize(username), failures + " failed logins in a row")
					.withDetail("lockedUntil", until.toString()), Actor.SYSTEM);
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MamoriUser user) {
			this.users.recordSuccess(user.getUsername(), this.clock.instant());
		}
	}

}
