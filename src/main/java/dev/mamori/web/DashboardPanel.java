package dev.mamori.web;

import java.util.Objects;

import dev.mamori.access.Permission;

/**
 * A panel of the dashboard, contributed as a bean by a module. The dashboard loads its
 * content from {@code contentPath} (an HTML fragment served by the module, with its own
 * permission check).
 *
 * @param titleKey message key of the title
 * @param contentPath the fragment's URL
 * @param permission what the user needs to see the panel
 * @param order position, lower first
 */
public record DashboardPanel(String titleKey, String contentPath, Permission permission, int order) {

	public DashboardPanel {
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(contentPath, "contentPath");
		Objects.requireNonNull(permission, "permission");
	}

}
