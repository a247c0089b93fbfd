package dev.mamori.identity;

import java.util.List;
import java.util.Optional;

import dev.mamori.access.Role;

/** Looks users up, for modules that address people (reminders, assignments). */
public interface UserDirectory {

	Optional<UserView> find(String username);

	/** Enabled users holding the role, ordered by user name. */
	List<UserView> withRole(Role role);

}
