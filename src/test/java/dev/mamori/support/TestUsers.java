package dev.mamori.support;

import java.util.Set;

import dev.mamori.access.Role;
import dev.mamori.common.ConflictException;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.web.Language;

/** Users for tests, one per role, created on first use. */
public final class TestUsers {

	/** The first administrator's password in tests ({@code MAMORI_ADMIN_PASSWORD}). */
	public static final String ADMIN_PASSWORD = "Test-Admin-Passw0rd";

	public static final String PASSWORD = "Test-User-Passw0rd";

	private TestUsers() {
	}

	/** A user holding only this role, named after it (e.g. {@code viewer}). */
	public static String ensure(UserAdministration users, Role role) {
		return ensure(users, role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), role);
	}

	public static String ensure(UserAdministration users, String username, Role... roles) {
		try {
			users.create(
					new UserAdministration.NewUser(username, username, PASSWORD, Set.of(roles), Language.JA, "test"));
		}
		catch (ConflictException alreadyThere) {
			// created by an earlier test on this database
		}
		return username;
	}

}
