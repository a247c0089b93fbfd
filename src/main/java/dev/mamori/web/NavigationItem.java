package dev.mamori.web;

import java.util.Objects;

import dev.mamori.access.Permission;

/**
 * An entry of the main navigation, contributed as a bean by the module that serves the
 * page. It is shown only to users holding {@code permission}.
 *
 * @param labelKey message key of the label
 * @param path the page it opens; it is also highlighted on every page below it
 * @param permission what the user needs to see the entry
 * @param order position, lower first
 */
public record NavigationItem(String labelKey, String path, Permission permission, int order) {

	public NavigationItem {
		Objects.requireNonNull(labelKey, "labelKey");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(permission, "permission");
	}

	public boolean isActiveFor(String requestPath) {
		if ("/".equals(this.path)) {
			return "/".equals(requestPath);
		}
		return requestPath.equals(this.path) || requestPath.startsWith(this.path + "/");
	}

}
