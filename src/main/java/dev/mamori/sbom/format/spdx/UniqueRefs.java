package dev.mamori.sbom.format.spdx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each component a ref unique in the document. An SPDX id used twice is a broken
 * document, but tools do write them: the second element is kept under the id with a
 * suffix ({@code -2}, {@code -3} …, never an id the document uses) and a warning, and
 * relationships keep pointing at the first.
 */
final class UniqueRefs {

	private final Set<String> declared;

	private final Set<String> used = new HashSet<>();

	private final Map<String, String> refById = new HashMap<>();

	UniqueRefs(List<String> allIds) {
		this.declared = new HashSet<>(allIds);
	}

	String assign(String id, String location, ReadWarnings warnings) {
		String ref = id;
		if (!this.used.add(id)) {
			int suffix = 2;
			do {
				ref = id + "-" + suffix++;
			}
			while (this.declared.contains(ref) || this.used.contains(ref));
			this.used.add(ref);
			warnings.add("sbom.spdx.duplicateId", location, id, ref);
		}
		this.refById.putIfAbsent(id, ref);
		return ref;
	}

	/** The ref of each id (the first element's, for a duplicated id). */
	Map<String, String> refById() {
		return this.refById;
	}

}
