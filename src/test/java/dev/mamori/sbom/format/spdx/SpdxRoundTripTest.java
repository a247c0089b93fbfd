package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S3 through S2/S6: a written SPDX document read back keeps every NTIA minimum element of
 * every component (supplier, name, version, unique identifier, hashes, relationships) and
 * the document's author and timestamp.
 */
class SpdxRoundTripTest {

	static Stream<Arguments> formats() {
		return Stream.of(Arguments.of(Named.of("SPDX 2.3 JSON", new Spdx2JsonWriter()), new Spdx2JsonReader()),
				Arguments.of(Named.of("SPDX 2.3 tag-value", new SpdxTagValueWriter()), new SpdxTagValueReader()));
	}

	static Map<String, SbomComponent> byName(SbomDocument document) {
		return document.components().stream().collect(Collectors.toMap(SbomComponent::name, Function.identity()));
	}

	@ParameterizedTest
	@MethodSource("formats")
	void keepsTheMinimumElementsOfEveryComponent(SbomWriter writer, SbomReader reader) {
		SbomDocument original = SpdxFixtures.infusionPump();
		SbomDocument back = reader.read(writer.write(original));
		Map<String, SbomComponent> read = byName(back);
		assertThat(read).hasSameSizeAs(original.components());
		for (SbomComponent component : original.components()) {
			SbomComponent copy = read.get(component.name());
			assertThat(copy).as(component.name()).isNotNull();
			assertThat(copy.supplier()).as(component.name()).isEqualTo(component.supplier());
			assertThat(copy.version()).as(component.name()).isEqualTo(component.version());
			assertThat(copy.purl()).as(component.name()).isEqualTo(component.purl());
			assertThat(copy.cpes()).as(component.name()).isEqualTo(component.cpes());
			assertThat(copy.hashes()).as(component.name()).isEqualTo(component.hashes());
			assertThat(copy.type()).as(component.name()).isEqualTo(component.type());
			assertThat(copy.description()).as(component.name()).isEqualTo(component.description());
		}
		assertThat(back.warnings()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("formats")
	void keepsEveryRelationshipSoThatEveryComponentStaysRelated(SbomWriter writer, SbomReader reader) {
		SbomDocument original = SpdxFixtures.infusionPump();
		SbomDocument back = reader.read(writer.write(original));
		Map<String, String> originalNames = original.components()
			.stream()
			.collect(Collectors.toMap(SbomComponent::ref, SbomComponent::name));
		Map<String, String> readNames = back.components()
			.stream()
			.collect(Collectors.toMap(SbomComponent::ref, SbomComponent::name));
		Set<String> readRelationships = new HashSet<>();
		for (Relationship relationship : back.relationships()) {
			readRelationships.add(readNames.getOrDefault(relationship.from(), "(document)") + " " + relationship.type()
					+ " " + readNames.get(relationship.to()));
		}
		for (Relationship relationship : original.relationships()) {
			assertThat(readRelationships).contains(originalNames.get(relationship.from()) + " " + relationship.type()
					+ " " + originalNames.get(relationship.to()));
		}
		Set<String> related = new HashSet<>();
		back.relationships().forEach((relationship) -> {
			related.add(relationship.from());
			related.add(relationship.to());
		});
		assertThat(related).containsAll(readNames.keySet());
		assertThat(back.subject()).map(SbomComponent::name).hasValue("pump-firmware");
	}

	@ParameterizedTest
	@MethodSource("formats")
	void keepsTheAuthorsAndTheTimestamp(SbomWriter writer, SbomReader reader) {
		SbomDocument original = SpdxFixtures.infusionPump();
		SbomDocument back = reader.read(writer.write(original));
		assertThat(back.metadata().authors()).containsExactlyElementsOf(original.metadata().authors());
		assertThat(back.metadata().timestamp()).isEqualTo(original.metadata().timestamp());
		assertThat(back.metadata().tools()).containsExactly("sbom-builder 1.4", "Mamori");
		assertThat(back.metadata().serialNumber()).isEqualTo(original.metadata().serialNumber());
		assertThat(back.metadata().name()).isEqualTo(original.metadata().name());
	}

	@ParameterizedTest
	@MethodSource("formats")
	void keepsLicencesAndTheSupportStatement(SbomWriter writer, SbomReader reader) {
		Map<String, SbomComponent> read = byName(reader.read(writer.write(SpdxFixtures.infusionPump())));
		assertThat(read.get("pump-firmware").licenses()).containsExactly("Example Medical EULA");
		assertThat(read.get("openssl").licenses()).containsExactly("Apache-2.0");
		assertThat(read.get("pump-firmware").support())
			.isEqualTo(SpdxFixtures.infusionPump().components().get(0).support());
		assertThat(read.get("openssl").support()).isEqualTo(SpdxFixtures.infusionPump().components().get(1).support());
	}

	/**
	 * A real 4 MB trivy SBOM (3,952 packages): read, written as SPDX 2.3 JSON, read
	 * again, gives the same components and relationships (the timestamp in whole seconds,
	 * as SPDX writes it, and trivy's DESCRIBE now spelt DESCRIBES).
	 */
	@Test
	void keepsARealLargeSbomThroughSpdx23Json() {
		compareRoundTrip(SpdxConformanceTest.TRIVY, new Spdx2JsonReader(), new Spdx2JsonWriter(),
				new Spdx2JsonReader());
	}

	/** A real 2.8 MB tag-value SBOM (3,461 packages) through SPDX 2.3 tag-value. */
	@Test
	void keepsARealLargeTagValueSbomThroughSpdx23TagValue() {
		compareRoundTrip("large-sboms/bom-shelter/in-the-wild/spdx/istio-release.spdx", new SpdxTagValueReader(),
				new SpdxTagValueWriter(), new SpdxTagValueReader());
	}

	private static void compareRoundTrip(String file, SbomReader firstReader, SbomWriter writer, SbomReader reader) {
		Assumptions.assumeTrue(Files.isRegularFile(SpdxFixtures.SHARED_DATA.resolve(file)),
				"shared data not present: " + SpdxFixtures.SHARED_DATA.resolve(file));
		SbomDocument original = firstReader.read(SpdxFixtures.sharedFile(file));
		SbomDocument back = reader.read(writer.write(original));
		assertThat(back.warnings()).isEmpty();
		assertThat(back.components()).hasSameSizeAs(original.components());
		for (int i = 0; i < original.components().size(); i++) {
			SbomComponent expected = original.components().get(i);
			SbomComponent actual = back.components().get(i);
			assertThat(actual.ref()).isEqualTo(expected.ref());
			assertThat(List.of(actual.supplier() + "", actual.name(), actual.version() + "", actual.purl() + ""))
				.isEqualTo(List.of(expected.supplier() + "", expected.name(), expected.version() + "",
						expected.purl() + ""));
			assertThat(actual.cpes()).isEqualTo(expected.cpes());
			assertThat(actual.hashes()).isEqualTo(expected.hashes());
		}
		assertThat(relationshipSet(back)).isEqualTo(relationshipSet(original));
		assertThat(back.metadata().subjectRef()).isEqualTo(original.metadata().subjectRef());
		assertThat(back.metadata().authors()).isEqualTo(original.metadata().authors());
		assertThat(back.metadata().timestamp())
			.isEqualTo(original.metadata().timestamp().truncatedTo(ChronoUnit.SECONDS));
	}

	private static Set<String> relationshipSet(SbomDocument document) {
		return document.relationships()
			.stream()
			.map((relationship) -> relationship.from() + " " + relationship.type() + " " + relationship.to())
			.collect(Collectors.toSet());
	}

}
