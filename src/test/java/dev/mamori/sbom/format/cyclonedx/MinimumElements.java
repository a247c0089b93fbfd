package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Asserts that a document read back after writing keeps the NTIA minimum elements (S3) of
 * the original: per component supplier, name, version, unique identifier and hashes;
 * every relationship's two components still related; the authors and the timestamp (to
 * the second). Components are matched by name and version, since some formats do not keep
 * refs.
 */
public final class MinimumElements {

	private MinimumElements() {
	}

	public static void assertKept(SbomDocument original, SbomDocument readBack) {
		Map<String, SbomComponent> before = byKey(original);
		Map<String, SbomComponent> after = byKey(readBack);
		assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
		before.forEach((key, component) -> {
			SbomComponent copy = after.get(key);
			assertThat(copy.supplier()).as("supplier of %s", key).isEqualTo(component.supplier());
			assertThat(copy.uniqueIdentifier()).as("unique identifier of %s", key)
				.isEqualTo(component.uniqueIdentifier());
			assertThat(copy.hashes()).as("hashes of %s", key).containsExactlyInAnyOrderElementsOf(component.hashes());
		});
		Set<Set<String>> related = pairs(readBack);
		for (Set<String> pair : pairs(original)) {
			assertThat(related).as("related: %s", pair).contains(pair);
		}
		assertThat(readBack.metadata().authors()).isEqualTo(original.metadata().authors());
		assertThat(readBack.metadata().timestamp())
			.isEqualTo(original.metadata().timestamp().truncatedTo(ChronoUnit.SECONDS));
		if (original.subject().isPresent()) {
			assertThat(readBack.subject()).map(MinimumElements::key).contains(key(original.subject().get()));
		}
	}

	/** Unordered pairs of related components, by key. */
	static Set<Set<String>> pairs(SbomDocument document) {
		Map<String, String> keys = document.components()
			.stream()
			.collect(Collectors.toMap(SbomComponent::ref, MinimumElements::key));
		Set<Set<String>> pairs = new HashSet<>();
		for (Relationship relationship : document.relationships()) {
			if (keys.containsKey(relationship.from()) && keys.containsKey(relationship.to())) {
				pairs.add(Set.of(keys.get(relationship.from()), keys.get(relationship.to())));
			}
		}
		return pairs;
	}

	static Map<String, SbomComponent> byKey(SbomDocument document) {
		return document.components().stream().collect(Collectors.toMap(MinimumElements::key, Function.identity()));
	}

	static String key(SbomComponent component) {
		return component.name() + "@" + component.version();
	}

}
