package dev.mamori.sbom.quality;

import java.util.Set;

/**
 * The required elements one component lacks (document-level author and timestamp are not
 * repeated here).
 */
public record ComponentGaps(String ref, String name, String version, Set<Element> missing) {

	public ComponentGaps {
		missing = Set.copyOf(missing);
	}

}
