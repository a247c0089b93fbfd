package dev.mamori.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.InputChecks;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for machines (CI). A key is {@code mk_<prefix>_<secret>}: the prefix finds the
 * row, and only the SHA-256 of the whole key is stored (the secret has 238 bits of
 * entropy, so a slow hash adds nothing). The key is shown once, at creation. A key acts
 * with the permissions its owner has at the time of each call.
 */
@Service
public class ApiKeys {

	private static final Pattern FORMAT = Pattern.compile("mk_([A-Za-z0-9]{8})_([A-Za-z0-9]{40})");

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	/**
	 * Last-used times are written at most this often per key, to keep API calls cheap.
	 */
	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final JdbcUserStore users;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeys(JdbcClient jdbc, JdbcUserStore users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a key for the user; the returned plain key is never available again. */
	@Transactional
	public CreatedKey create(String username, String name) {
		InputChecks checks = new InputChecks();
		String keyName = checks.requiredText("name", name, 100);
		checks.throwIfInvalid();
		UserRecord owner = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("entity.user", username));
		String prefix = randomText(8);
		String key = "mk_" + prefix + "_" + randomText(40);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into api_key (id, user_id, name, prefix, secret_hash, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, owner.id(), keyName, prefix, Sha256.hex(key), Timestamp.from(now))
			.update();
		this.audit.record(AuditRecord.of("apiKey.created", "apiKey", id, "created by " + owner.username())
			.withDetail("name", keyName)
			.withDetail("prefix", prefix)
			.withDetail("owner", owner.username()));
		return new CreatedKey(id, keyName, prefix, key, now);
	}

	@Transactional(readOnly = true)
	public List<KeyInfo> keysOf(String username) {
		return this.jdbc.sql("""
				select k.id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at
				from api_key k join app_user u on u.id = k.user_id
				where u.username = ? order by k.created_at desc""")
			.param(JdbcUserStore.normalize(username))
			.query((row, n) -> new KeyInfo(row.getObject("id", UUID.class), row.getString("name"),
					row.getString("prefix"), instant(row.getObject("created_at", OffsetDateTime.class)),
					instant(row.getObject("last_used_at", OffsetDateTime.class)),
					instant(row.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/** Revokes one of the user's own keys; it stops working at once. */
	@Transactional
	public void revoke(String username, UUID keyId) {
		int revoked = this.jdbc.sql("""
				update api_key set revoked_at = ? where id = ? and revoked_at is null
				and user_id = (select id from app_user where username = ?)""")
			.params(Timestamp.from(this.clock.instant()), keyId, JdbcUserStore.normalize(username))
			.update();
		if (revoked == 0) {
			throw new NotFoundException("entity.apiKey", keyId);
		}
		this.audit.record(AuditRecord.of("apiKey.revoked", "apiKey", keyId, "revoked by " + username));
	}

	/**
	 * The owner of a valid, unrevoked key, as a principal with the owner's current
	 * permissions; empty for anything else, including a disabled or locked owner.
	 */
	@Transactional
	public Optional<Authenticated> authenticate(String presentedKey) {
		var matcher = FORMAT.matcher(presentedKey.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		var row = this.jdbc.sql("""
				select k.id, k.name, k.secret_hash, u.username from api_key k join app_user u on u.id = k.user_id
				where k.prefix = ? and k.revoked_at is null""")
			.param(matcher.group(1))
			.query((r,
					n) -> new Object[] { r.getObject("id", UUID.class), r.getString("name"), r.getString("secret_hash"),
							r.getString("username") })
			.optional();
		if (row.isEmpty() || !MessageDigest.isEqual(((String) row.get()[2]).getBytes(StandardCharsets.US_ASCII),
				Sha256.hex(presentedKey.strip()).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		UUID keyId = (UUID) row.get()[0];
		Optional<MamoriUser> owner = this.users.findByUsername((String) row.get()[3])
			.map((user) -> user.toPrincipal(this.clock))
			.filter((user) -> user.isEnabled() && user.isAccountNonLocked());
		owner.ifPresent((user) -> touch(keyId));
		return owner.map((user) -> new Authenticated(user, (String) row.get()[1]));
	}

	private void touch(UUID keyId) {
		Instant now = this.clock.instant();
		this.jdbc.sql("update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
			.params(Timestamp.from(now), keyId, Timestamp.from(now.minus(LAST_USED_GRANULARITY)))
			.update();
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A key just created; {@code key} is the only copy of the secret. */
	public record CreatedKey(UUID id, String name, String prefix, String key, Instant createdAt) {

	}

	/** A key as listed: never its secret. */
	public record KeyInfo(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean revoked() {
			return this.revokedAt != null;
		}

	}

	/** The principal a key stands for, and the key's name (for the audit channel). */
	public record Authenticated(MamoriUser user, String keyName) {

	}

}
