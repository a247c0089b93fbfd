package dev.mamori.web;

import java.util.Objects;

import dev.mamori.access.Permission;

/**
 * A small piece of the top bar (the notification bell), contributed as a bean by a
 * module. The layout loads it from {@code contentPath}, an HTML fragment the module
 * serves with its own permission check, when the page loads and every
 * {@code refreshSeconds}.
 */
public record TopbarWidget(String contentPath, Permission permission, int refreshSeconds, int order) {

	public TopbarWidget {
		Objects.requireNonNull(contentPath, "contentPath");
		Objects.requireNonNull(permission, "permission");
	}

}
