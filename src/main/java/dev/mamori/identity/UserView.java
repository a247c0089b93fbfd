package dev.mamori.identity;

import java.util.Set;

import dev.mamori.access.Role;

/** What other modules may know of a user: to name them, and to reach those in a role. */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled) {

	public UserView {
		roles = Set.copyOf(roles);
	}

}
