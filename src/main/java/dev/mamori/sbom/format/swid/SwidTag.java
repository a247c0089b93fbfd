package dev.mamori.sbom.format.swid;

import java.util.List;
import java.util.Map;

import dev.mamori.sbom.model.ComponentHash;

/**
 * What Mamori takes from one SWID tag (ISO/IEC 19770-2:2015 {@code SoftwareIdentity}).
 *
 * @param specVersion {@code 2015}, or {@code 2009} for a tag in the older namespace
 * @param supplier the name of the first entity with role {@code softwareCreator}, else
 * {@code licensor}, else {@code distributor}
 * @param tagCreators names of the entities with role {@code tagCreator}
 * @param hashes the hashes of the files in {@code Payload} and {@code Evidence}
 * @param links links whose {@code href} names another tag ({@code swid:tagId})
 * @param properties {@code versionScheme} and the attributes of {@code Meta}
 * @param source where the tag was read from (a zip entry), for messages; {@code null} for
 * a single tag
 */
record SwidTag(String specVersion, String tagId, String name, String version, String supplier, List<String> tagCreators,
		List<ComponentHash> hashes, List<Link> links, String description, Map<String, String> properties,
		String source) {

	SwidTag {
		tagCreators = List.copyOf(tagCreators);
		hashes = List.copyOf(hashes);
		links = List.copyOf(links);
		properties = Map.copyOf(properties);
	}

	/** A {@code Link} to another tag: its {@code rel} and the tag id it names. */
	record Link(String rel, String tagId) {
	}

}
