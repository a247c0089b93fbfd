package dev.mamori.identity.internal;

import java.nio.charset.StandardCharsets;

import dev.mamori.common.InputChecks;

/**
 * What a password must be: 12 to 64 characters, at most 72 bytes (bcrypt ignores anything
 * beyond), and not the user name.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 64;

	private static final int BCRYPT_MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(InputChecks checks, String field, String password, String username) {
		if (password == null || password.isEmpty()) {
			checks.add(field, "validation.required");
			return;
		}
		if (password.length() < MIN_LENGTH) {
			checks.add(field, "password.tooShort", MIN_LENGTH);
		}
		else if (password.length() > MAX_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
			checks.add(field, "password.tooLong", MAX_LENGTH);
		}
		else if (username != null && password.equalsIgnoreCase(username)) {
			checks.add(field, "password.sameAsUsername");
		}
	}

}
