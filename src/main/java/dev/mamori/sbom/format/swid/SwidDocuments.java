package dev.mamori.sbom.format.swid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;

/**
 * One SBOM from one or more SWID tags. Each tag is a component whose ref and SWID tag id
 * are its {@code tagId}. Links between tags become relationships: {@code rel="component"}
 * (this tag includes that one) and {@code rel="parent"} (that tag includes this one)
 * CONTAINS, {@code requires} DEPENDS_ON, {@code patches} and {@code supplemental} OTHER.
 * A link to a tag that is not in the upload keeps the relationship: the target becomes a
 * component known only by its tag id, and one warning says how many there are.
 * <p>
 * The subject is the only tag when there is one; among several, the one tag that no other
 * tag includes, when exactly one is. SWID has no timestamp; the authors are the tag
 * creators of every tag.
 */
final class SwidDocuments {

	private static final int QUOTED_TAGS = 3;

	private SwidDocuments() {
	}

	static SbomDocument combine(List<SwidTag> tags, SbomFormat format, List<ReadWarning> earlierWarnings) {
		List<ReadWarning> warnings = new ArrayList<>(earlierWarnings);
		Map<String, SbomComponent> components = new LinkedHashMap<>();
		Set<String> authors = new LinkedHashSet<>();
		for (SwidTag tag : tags) {
			components.put(tag.tagId(), component(tag));
			authors.addAll(tag.tagCreators());
		}
		Set<Relationship> relationships = new LinkedHashSet<>();
		List<String> unresolved = new ArrayList<>();
		for (SwidTag tag : tags) {
			for (SwidTag.Link link : tag.links()) {
				Relationship relationship = relationship(tag.tagId(), link);
				if (relationship == null) {
					continue;
				}
				if (!components.containsKey(link.tagId())) {
					components.put(link.tagId(), new SbomComponent(link.tagId(), null, null, null, null, null,
							List.of(), link.tagId(), List.of(), List.of(), null, SupportInfo.NONE, Map.of()));
					unresolved.add(link.tagId());
				}
				relationships.add(relationship);
			}
		}
		if (!unresolved.isEmpty()) {
			warnings.add(ReadWarning.of("sbom.read.swid.unresolvedLinks", null, unresolved.size(),
					String.join(", ", unresolved.stream().limit(QUOTED_TAGS).toList())));
		}
		SwidTag subject = subject(tags, relationships);
		SbomMetadata metadata = (subject != null)
				? new SbomMetadata(subject.name(), subject.tagId(), null, List.copyOf(authors), List.of(),
						subject.supplier(), subject.tagId())
				: new SbomMetadata(null, null, null, List.copyOf(authors), List.of(), null, null);
		String specVersion = tags.isEmpty() ? "2015" : tags.get(0).specVersion();
		return new SbomDocument(format, specVersion, metadata, List.copyOf(components.values()),
				List.copyOf(relationships), warnings);
	}

	private static SbomComponent component(SwidTag tag) {
		return new SbomComponent(tag.tagId(), null, tag.supplier(), tag.name(), tag.version(), null, List.of(),
				tag.tagId(), tag.hashes(), List.of(), tag.description(), SupportInfo.NONE, tag.properties());
	}

	private static Relationship relationship(String tagId, SwidTag.Link link) {
		if (link.tagId().equals(tagId)) {
			return null;
		}
		return switch (link.rel()) {
			case "component" -> new Relationship(tagId, link.tagId(), RelationshipType.CONTAINS, link.rel());
			case "parent" -> new Relationship(link.tagId(), tagId, RelationshipType.CONTAINS, link.rel());
			case "requires" -> new Relationship(tagId, link.tagId(), RelationshipType.DEPENDS_ON, link.rel());
			case "patches", "supplemental" -> new Relationship(tagId, link.tagId(), RelationshipType.OTHER, link.rel());
			default -> null;
		};
	}

	private static SwidTag subject(List<SwidTag> tags, Set<Relationship> relationships) {
		if (tags.size() == 1) {
			return tags.get(0);
		}
		Set<String> included = new HashSet<>();
		relationships.stream()
			.filter((relationship) -> relationship.type() == RelationshipType.CONTAINS)
			.forEach((relationship) -> included.add(relationship.to()));
		List<SwidTag> roots = tags.stream().filter((tag) -> !included.contains(tag.tagId())).toList();
		return (roots.size() == 1) ? roots.get(0) : null;
	}

}
