package dev.mamori.sbom.format.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.sbom.format.cyclonedx.CycloneDxJsonReader;
import dev.mamori.sbom.format.cyclonedx.InfusionPumpSbom;
import dev.mamori.sbom.format.cyclonedx.MinimumElements;
import dev.mamori.support.SharedData;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import org.junit.jupiter.api.Test;

/** S3: a table written by Mamori and read back keeps every minimum element. */
class Table5RoundTripTest {

	static SbomDocument roundTrip(SbomDocument document) {
		return new Table5CsvReader().read(new Table5CsvWriter().write(document));
	}

	@Test
	void keepsEveryMinimumElementOfTheFixture() {
		SbomDocument original = InfusionPumpSbom.document();

		SbomDocument readBack = roundTrip(original);

		MinimumElements.assertKept(original, readBack);
		assertThat(readBack.warnings()).isEmpty();
	}

	@Test
	void keepsTheRelationshipTypes() {
		SbomDocument original = InfusionPumpSbom.document();

		SbomDocument readBack = roundTrip(original);

		assertThat(typed(readBack)).isEqualTo(typed(original));
	}

	@Test
	void keepsTheComponentsOfTheMedicalDeviceSboms() {
		Path caseStudy = SharedData.require("medical-device-sboms/case-study");
		for (String file : List.of("extended.sbom.json", "narrow.sbom.json")) {
			SbomDocument original = new CycloneDxJsonReader().read(SharedData.read(caseStudy.resolve(file)));

			SbomDocument readBack = roundTrip(original);

			assertThat(readBack.components())
				.extracting(SbomComponent::supplier, SbomComponent::name, SbomComponent::version,
						SbomComponent::uniqueIdentifier, SbomComponent::hashes)
				.containsExactlyInAnyOrderElementsOf(original.components()
					.stream()
					.map((component) -> tuple(component.supplier(), component.name(), component.version(),
							component.uniqueIdentifier(), component.hashes()))
					.toList());
			assertThat(readBack.metadata().authors()).isEqualTo(original.metadata().authors());
			assertThat(readBack.metadata().timestamp()).isEqualTo(original.metadata().timestamp());
			assertThat(readBack.subject()).map(SbomComponent::name)
				.isEqualTo(original.subject().map(SbomComponent::name));
		}
	}

	/** Relationships as "from-key type to-key", by name and version rather than ref. */
	private static Set<String> typed(SbomDocument document) {
		return document.relationships()
			.stream()
			.map((relationship) -> key(document, relationship.from()) + " " + relationship.type() + " "
					+ key(document, relationship.to()))
			.collect(Collectors.toSet());
	}

	private static String key(SbomDocument document, String ref) {
		SbomComponent component = document.component(ref).orElseThrow();
		return component.name() + "@" + component.version();
	}

}
