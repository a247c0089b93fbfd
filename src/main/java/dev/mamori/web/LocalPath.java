package dev.mamori.web;

/**
 * Where a form may send the browser back to: only paths of this application, never
 * another site.
 */
public final class LocalPath {

	private LocalPath() {
	}

	/** The path when it is local to Mamori, else the fallback. */
	public static String orDefault(String path, String fallback) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.contains("\r")
				|| path.contains("\n")) {
			return fallback;
		}
		return path;
	}

}
