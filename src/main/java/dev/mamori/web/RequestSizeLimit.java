package dev.mamori.web;

import java.util.Objects;

/**
 * Raises the request body limit for the paths of one endpoint (uploads). Modules
 * contribute these as beans; every other request is held to
 * {@code mamori.web.max-request-size} (1 MB by default).
 *
 * @param pathPattern an Ant-style path pattern, e.g.
 * {@code /api/v1/products/*}{@code /versions/*}{@code /sboms}
 * @param maxBytes the largest body accepted on those paths
 */
public record RequestSizeLimit(String pathPattern, long maxBytes) {

	public RequestSizeLimit {
		Objects.requireNonNull(pathPattern, "pathPattern");
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
	}

}
