package dev.mamori.identity.web;

import java.util.EnumSet;
import java.util.Set;

import dev.mamori.access.Role;

/** The create / edit user form of the administration pages. */
public class UserForm {

	private String username;

	private String displayName;

	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private String language = "ja";

	private String reason;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles == null) ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
