package dev.mamori.common;

import java.util.Comparator;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Orders version strings as people read them: {@code 1.10} after {@code 1.9},
 * {@code 2.0.0-rc1} before {@code 2.0.0}, a leading {@code v} ignored. Maven's
 * {@link ComparableVersion} does the numeric and qualifier ordering; versions it deems
 * equal ({@code 1.0} and {@code 1.0.0}) are then ordered by their text, so that the order
 * is total and stable.
 */
public final class VersionOrder implements Comparator<String> {

	public static final VersionOrder INSTANCE = new VersionOrder();

	private VersionOrder() {
	}

	@Override
	public int compare(String left, String right) {
		int semantic = new ComparableVersion(normalize(left)).compareTo(new ComparableVersion(normalize(right)));
		return (semantic != 0) ? semantic : left.compareTo(right);
	}

	private static String normalize(String version) {
		String text = version.strip();
		if (text.length() > 1 && (text.charAt(0) == 'v' || text.charAt(0) == 'V')
				&& Character.isDigit(text.charAt(1))) {
			return text.substring(1);
		}
		return text;
	}

}
