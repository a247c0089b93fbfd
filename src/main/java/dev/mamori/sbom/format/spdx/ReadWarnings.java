package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mamori.sbom.model.ReadWarning;

/**
 * The warnings of one read. Problems that real tools repeat by the thousand (a misspelt
 * relationship type on every line, relationships to files) are tallied into one warning
 * each, with a count and the location of the first occurrence, so that an import shows a
 * few readable warnings rather than a wall of them.
 */
final class ReadWarnings {

	private final List<ReadWarning> single = new ArrayList<>();

	private final Map<List<Object>, Tally> tallies = new LinkedHashMap<>();

	/** One warning, as it is. */
	void add(String code, String location, Object... arguments) {
		this.single.add(ReadWarning.of(code, location, arguments));
	}

	/**
	 * Counts an occurrence. Arguments of the resulting warning: {@code (key, count)} when
	 * a key is given, else {@code (count, first example)}.
	 * @param key what distinguishes one warning of this code from another (the unknown
	 * type), or {@code null} for one warning per code
	 * @param example the first occurrence's detail when there is no key, or {@code null}
	 */
	void tally(String code, String key, String example, String location) {
		List<Object> id = new ArrayList<>(2);
		id.add(code);
		id.add(Objects.requireNonNullElse(key, ""));
		this.tallies.computeIfAbsent(id, (ignored) -> new Tally(code, key, example, location)).count++;
	}

	List<ReadWarning> toList() {
		List<ReadWarning> all = new ArrayList<>(this.single);
		for (Tally tally : this.tallies.values()) {
			all.add(tally.toWarning());
		}
		return all;
	}

	private static final class Tally {

		private final String code;

		private final String key;

		private final String example;

		private final String location;

		private int count;

		Tally(String code, String key, String example, String location) {
			this.code = code;
			this.key = key;
			this.example = example;
			this.location = location;
		}

		ReadWarning toWarning() {
			if (this.key != null) {
				return ReadWarning.of(this.code, this.location, this.key, this.count);
			}
			return (this.example != null) ? ReadWarning.of(this.code, this.location, this.count, this.example)
					: ReadWarning.of(this.code, this.location, this.count);
		}

	}

}
