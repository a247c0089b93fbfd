package dev.mamori.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mamori.access.Actor;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ConflictException;
import dev.mamori.common.InputChecks;
import dev.mamori.common.NotFoundException;
import dev.mamori.identity.UserDirectory;
import dev.mamori.identity.UserView;
import dev.mamori.web.Language;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing user accounts. Every change is audited; changes of roles, of the
 * enabled flag and of passwords end the user's sessions so that they take effect at once.
 */
@Service
public class UserAdministration implements UserDirectory {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final JdbcUserStore users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(JdbcUserStore users, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new account; the user name is case-insensitive and stored in lower case. */
	@Transactional
	public UserView create(NewUser request) {
		InputChecks checks = new InputChecks();
		String username = checks.requiredText("username", request.username(), 64);
		if (username != null) {
			username = JdbcUserStore.normalize(username);
			checks.check(USERNAME.matcher(username).matches(), "username", "user.username.invalid");
		}
		String displayName = checks.requiredText("displayName", request.displayName(), 100);
		PasswordPolicy.check(checks, "password", request.password(), username);
		checks.check(!request.roles().isEmpty(), "roles", "user.roles.required");
		checks.throwIfInvalid();
		UserRecord user = new UserRecord(UUID.randomUUID(), username, displayName,
				this.passwords.encode(request.password()), request.language(), true, 0, null, this.clock.instant(),
				null, request.roles());
		if (!this.users.insert(user)) {
			throw new ConflictException("user.username.taken", username);
		}
		this.audit.record(AuditRecord.of("user.created", "user", username, request.reason())
			.withDetail("roles", user.roles().stream().sorted().map(Role::name).toList()));
		return user.toView();
	}

	/**
	 * Creates the first administrator when there is no user at all. Safe to call from
	 * several nodes starting at once: only one insert succeeds.
	 * @return whether the administrator was created by this call
	 */
	@Transactional
	public boolean createFirstAdministrator(String password) {
		if (this.users.count() > 0) {
			return false;
		}
		InputChecks checks = new InputChecks();
		PasswordPolicy.check(checks, "MAMORI_ADMIN_PASSWORD", password, "admin");
		checks.throwIfInvalid();
		UserRecord admin = new UserRecord(UUID.randomUUID(), "admin", "Administrator", this.passwords.encode(password),
				Language.DEFAULT, true, 0, null, this.clock.instant(), null, Set.of(Role.ADMIN));
		if (!this.users.insert(admin)) {
			return false;
		}
		this.audit.record(AuditRecord.of("user.created", "user", "admin", "first start")
			.withDetail("roles", List.of(Role.ADMIN.name())), Actor.SYSTEM);
		return true;
	}

	/**
	 * A random password for the first administrator: 20 characters without look-alikes.
	 */
	public String generatePassword() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	@Transactional
	public void update(String username, String displayName, boolean enabled, Set<Role> roles, String reason) {
		UserRecord user = require(username);
		InputChecks checks = new InputChecks();
		String name = checks.requiredText("displayName", displayName, 100);
		checks.check(!roles.isEmpty(), "roles", "user.roles.required");
		checks.throwIfInvalid();
		boolean staysAdministrator = enabled && roles.contains(Role.ADMIN);
		if (!staysAdministrator && isLastAdministrator(user)) {
			throw new ConflictException("user.lastAdministrator", user.username());
		}
		this.users.updateProfile(user.id(), name, enabled);
		this.users.replaceRoles(user.id(), roles);
		this.users.endSessions(user.username());
		this.audit.record(AuditRecord.of("user.updated", "user", user.username(), reason)
			.withDetail("displayName", name)
			.withDetail("enabled", enabled)
			.withDetail("roles", roles.stream().sorted().map(Role::name).toList()));
	}

	/** An administrator sets a new password for a user (who forgot theirs). */
	@Transactional
	public void resetPassword(String username, String newPassword, String reason) {
		UserRecord user = require(username);
		InputChecks checks = new InputChecks();
		PasswordPolicy.check(checks, "password", newPassword, user.username());
		checks.throwIfInvalid();
		this.users.updatePassword(user.id(), this.passwords.encode(newPassword), this.clock.instant());
		this.users.unlock(user.id());
		this.users.endSessions(user.username());
		this.audit.record(AuditRecord.of("user.passwordReset", "user", user.username(), reason));
	}

	/** A user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserRecord user = require(username);
		InputChecks checks = new InputChecks();
		checks.check(currentPassword != null && this.passwords.matches(currentPassword, user.passwordHash()),
				"currentPassword", "password.currentWrong");
		PasswordPolicy.check(checks, "newPassword", newPassword, user.username());
		checks.throwIfInvalid();
		this.users.updatePassword(user.id(), this.passwords.encode(newPassword), this.clock.instant());
		this.audit.record(AuditRecord.of("user.passwordChanged", "user", user.username(), "changed by the user"));
	}

	@Transactional
	public void unlock(String username, String reason) {
		UserRecord user = require(username);
		this.users.unlock(user.id());
		this.audit.record(AuditRecord.of("user.unlocked", "user", user.username(), reason));
	}

	@Transactional(readOnly = true)
	public List<UserAccount> accounts() {
		return this.users.findAll().stream().map(this::account).toList();
	}

	@Transactional(readOnly = true)
	public UserAccount account(String username) {
		return account(require(username));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserView> find(String username) {
		return this.users.findByUsername(username).map(UserRecord::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserView> withRole(Role role) {
		return this.users.findAll()
			.stream()
			.filter((user) -> user.enabled() && user.roles().contains(role))
			.map(UserRecord::toView)
			.toList();
	}

	/**
	 * Whether this user is the only enabled administrator: nobody could manage users
	 * without them.
	 */
	private boolean isLastAdministrator(UserRecord user) {
		if (!user.enabled() || !user.roles().contains(Role.ADMIN)) {
			return false;
		}
		return this.users.findAll()
			.stream()
			.noneMatch(
					(other) -> !other.id().equals(user.id()) && other.enabled() && other.roles().contains(Role.ADMIN));
	}

	private UserAccount account(UserRecord user) {
		return new UserAccount(user.username(), user.displayName(), user.roles(), user.enabled(),
				user.isLocked(this.clock), user.lockedUntil(), user.lastLoginAt(), user.createdAt(), user.language());
	}

	private UserRecord require(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new NotFoundException("entity.user", username));
	}

	/** What an administrator enters to create an account. */
	public record NewUser(String username, String displayName, String password, Set<Role> roles, Language language,
			String reason) {

		public NewUser {
			roles = (roles == null) ? Set.of() : Set.copyOf(roles);
			language = (language == null) ? Language.DEFAULT : language;
		}

	}

	/** An account as the administration pages show it. */
	public record UserAccount(String username, String displayName, Set<Role> roles, boolean enabled, boolean locked,
			Instant lockedUntil, Instant lastLoginAt, Instant createdAt, Language language) {

		public List<Role> sortedRoles() {
			return this.roles.stream().sorted().toList();
		}

	}

}
