package dev.mamori.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.mamori.access.Role;
import dev.mamori.web.Language;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal. Its authorities are its roles and every permission they grant.
 * It is kept in the session (stored in PostgreSQL), hence serializable and small.
 */
public final class MamoriUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final Set<Role> roles;

	private final Language language;

	MamoriUser(UUID id, String username, String displayName, String passwordHash, boolean enabled, boolean locked,
			Set<Role> roles, Language language) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.roles = Set.copyOf(roles);
		this.language = language;
	}

	public UUID id() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public Language language() {
		return this.language;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<String> names = new LinkedHashSet<>();
		for (Role role : this.roles.stream().sorted().toList()) {
			names.add(role.authority());
			role.permissions().forEach((permission) -> names.add(permission.authority()));
		}
		return names.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	List<String> roleNames() {
		return this.roles.stream().sorted().map(Role::name).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MamoriUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "MamoriUser[" + this.username + "]";
	}

}
