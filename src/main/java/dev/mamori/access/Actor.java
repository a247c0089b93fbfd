package dev.mamori.access;

import java.util.Objects;

/**
 * Who did something, as the audit log records it: a user name (or {@code system}) and the
 * channel through which the action came ({@code web}, {@code api-basic},
 * {@code api-key:NAME}, {@code system}).
 */
public record Actor(String name, String channel) {

	public static final Actor SYSTEM = new Actor("system", "system");

	public Actor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(channel, "channel");
	}

	public boolean isSystem() {
		return SYSTEM.equals(this);
	}

}
