package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S2, S3, S6: CycloneDX 1.6 export. The output is valid against the 1.6 schema, and
 * reading it back keeps every minimum element and every relationship's components
 * related.
 */
class CycloneDxWriterTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T03:04:05.678Z"), ZoneOffset.UTC);

	static Stream<Arguments> encodings() {
		return Stream.of(Arguments.of("JSON", new CycloneDxJsonWriter(CLOCK), new CycloneDxJsonReader()),
				Arguments.of("XML", new CycloneDxXmlWriter(CLOCK), new CycloneDxXmlReader()));
	}

	static void assertValid16(String encoding, byte[] output) throws IOException {
		if (encoding.equals("JSON")) {
			assertThat(new JsonParser().validate(output, Version.VERSION_16)).isEmpty();
		}
		else {
			assertThat(new XmlParser().validate(output, Version.VERSION_16)).isEmpty();
		}
	}

	static SbomDocument document(List<SbomComponent> components, List<Relationship> relationships, String subject) {
		return new SbomDocument(SbomFormat.SPDX_JSON, "SPDX-2.3",
				new SbomMetadata("doc", "https://example.com/spdx/doc-1", InfusionPumpSbom.TIMESTAMP,
						List.of("Organization: Mamori"), List.of(), null, subject),
				components, relationships, List.of());
	}

	static SbomComponent named(String ref) {
		return SbomComponent.named(ref, ref, "1.0");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void writesAValid16DocumentThatKeepsEveryMinimumElement(String encoding, SbomWriter writer, SbomReader reader)
			throws IOException {
		SbomDocument original = InfusionPumpSbom.document();

		byte[] output = writer.write(original);

		assertValid16(encoding, output);
		SbomDocument readBack = reader.read(output);
		MinimumElements.assertKept(original, readBack);
		assertThat(readBack.specVersion()).isEqualTo("1.6");
		assertThat(readBack.warnings()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void keepsTheRestOfTheModelToo(String encoding, SbomWriter writer, SbomReader reader) {
		SbomDocument original = InfusionPumpSbom.document();

		SbomDocument readBack = reader.read(writer.write(original));

		assertThat(readBack.metadata().serialNumber()).isEqualTo(original.metadata().serialNumber());
		assertThat(readBack.metadata().tools()).isEqualTo(original.metadata().tools());
		assertThat(readBack.metadata().supplier()).isEqualTo(original.metadata().supplier());
		assertThat(readBack.components()).extracting(SbomComponent::ref)
			.containsExactlyInAnyOrderElementsOf(original.components().stream().map(SbomComponent::ref).toList());
		for (SbomComponent component : original.components()) {
			SbomComponent copy = readBack.component(component.ref()).orElseThrow();
			assertThat(copy).as(component.ref()).isEqualTo(component);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void keepsTheRelationshipTypesOfTheFixture(String encoding, SbomWriter writer, SbomReader reader) {
		SbomDocument readBack = reader.read(writer.write(InfusionPumpSbom.document()));

		assertThat(readBack.relationships()).extracting(Relationship::from, Relationship::to, Relationship::type)
			.containsAll(InfusionPumpSbom.document()
				.relationships()
				.stream()
				.map((relationship) -> tuple(relationship.from(), relationship.to(), relationship.type()))
				.toList());
	}

	@Nested
	class Containment {

		@Test
		void nestsATreeAndLeavesComponentsOfTheSubjectAtTheTopLevel() throws IOException {
			SbomDocument document = document(List.of(named("product"), named("fw"), named("os"), named("app")),
					List.of(Relationship.of("product", "fw", RelationshipType.CONTAINS),
							Relationship.of("fw", "os", RelationshipType.CONTAINS),
							Relationship.of("fw", "app", RelationshipType.CONTAINS)),
					"product");

			JsonNode json = json(new CycloneDxJsonWriter(CLOCK).write(document));

			assertThat(json.at("/metadata/component/bom-ref").asText()).isEqualTo("product");
			assertThat(json.at("/components/0/bom-ref").asText()).isEqualTo("fw");
			assertThat(json.at("/components/0/components/0/bom-ref").asText()).isEqualTo("os");
			assertThat(json.at("/components/0/components/1/bom-ref").asText()).isEqualTo("app");
			assertThat(json.has("dependencies")).isFalse();
		}

		@Test
		void writesAComponentInTwoContainersAtTheTopLevelWithDependencies() {
			SbomDocument document = document(List.of(named("a"), named("b"), named("shared")),
					List.of(Relationship.of("a", "shared", RelationshipType.CONTAINS),
							Relationship.of("b", "shared", RelationshipType.CONTAINS)),
					null);

			JsonNode json = json(new CycloneDxJsonWriter(CLOCK).write(document));
			SbomDocument readBack = new CycloneDxJsonReader().read(new CycloneDxJsonWriter(CLOCK).write(document));

			assertThat(json.get("components")).extracting((component) -> component.get("bom-ref").asText())
				.containsExactly("a", "b", "shared");
			assertThat(MinimumElements.pairs(readBack)).isEqualTo(MinimumElements.pairs(document));
		}

		@Test
		void breaksContainmentCyclesIntoDependencies() {
			SbomDocument document = document(List.of(named("a"), named("b"), named("c")),
					List.of(Relationship.of("a", "b", RelationshipType.CONTAINS),
							Relationship.of("b", "c", RelationshipType.CONTAINS),
							Relationship.of("c", "a", RelationshipType.CONTAINS)),
					null);

			byte[] output = new CycloneDxJsonWriter(CLOCK).write(document);
			SbomDocument readBack = new CycloneDxJsonReader().read(output);

			assertThat(readBack.components()).hasSize(3);
			assertThat(MinimumElements.pairs(readBack)).isEqualTo(MinimumElements.pairs(document));
		}

		@Test
		void writesOtherRelationshipsAsDependenciesSoThatTheComponentsStayRelated() {
			SbomDocument document = document(List.of(named("a"), named("b")),
					List.of(new Relationship("a", "b", RelationshipType.OTHER, "GENERATED_FROM"),
							new Relationship("SPDXRef-DOCUMENT", "a", RelationshipType.DESCRIBES, "DESCRIBES")),
					"a");

			SbomDocument readBack = new CycloneDxJsonReader().read(new CycloneDxJsonWriter(CLOCK).write(document));

			assertThat(readBack.relationships()).extracting(Relationship::from, Relationship::to, Relationship::type)
				.contains(tuple("a", "b", RelationshipType.DEPENDS_ON));
		}

	}

	@Nested
	class Fields {

		@Test
		void replacesASerialNumberThatIsNoUrnUuid() {
			JsonNode json = json(new CycloneDxJsonWriter(CLOCK).write(document(List.of(named("a")), List.of(), null)));

			assertThat(json.get("serialNumber").asText()).matches("urn:uuid:[0-9a-f-]{36}");
			assertThat(json.get("version").asInt()).isEqualTo(1);
		}

		@Test
		void datesADocumentWithoutTimestampWithTheClock() {
			SbomDocument undated = new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(), List.of(named("a")),
					List.of(), List.of());

			JsonNode json = json(new CycloneDxJsonWriter(CLOCK).write(undated));

			assertThat(json.at("/metadata/timestamp").asText()).isEqualTo("2026-01-15T03:04:05Z");
		}

		@Test
		void writesHashesCycloneDxDoesNotAllowAsProperties() throws IOException {
			SbomComponent component = new SbomComponent("a", "library", null, "a", "1", null, List.of(), null,
					List.of(new ComponentHash("SHA-256", "ab".repeat(32)),
							new ComponentHash("SHA-224", "cd".repeat(28)), new ComponentHash("MD5", "not-hex")),
					List.of(), null, SupportInfo.NONE, Map.of());

			byte[] output = new CycloneDxJsonWriter(CLOCK).write(document(List.of(component), List.of(), null));

			assertValid16("JSON", output);
			JsonNode json = json(output);
			assertThat(json.at("/components/0/hashes")).hasSize(1);
			assertThat(json.at("/components/0/properties")).extracting((property) -> property.get("name").asText())
				.containsExactly("mamori:hash:SHA-224", "mamori:hash:MD5");
		}

		@Test
		void writesSpdxIdsAsIdsOtherLicencesAsNamesAndOneExpressionAsSuch() throws IOException {
			SbomComponent ids = component("ids", List.of("mit", "Apache-2.0", "Proprietary (Mamori)"));
			SbomComponent expression = component("expression", List.of("MIT OR Apache-2.0"));

			byte[] output = new CycloneDxXmlWriter(CLOCK).write(document(List.of(ids, expression), List.of(), null));

			assertValid16("XML", output);
			SbomDocument readBack = new CycloneDxXmlReader().read(output);
			assertThat(readBack.component("ids").orElseThrow().licenses()).containsExactly("MIT", "Apache-2.0",
					"Proprietary (Mamori)");
			assertThat(readBack.component("expression").orElseThrow().licenses()).containsExactly("MIT OR Apache-2.0");
		}

		@Test
		void writesExtraCpesAsPropertiesAndReadsThemBack() {
			SbomComponent component = new SbomComponent("a", "library", null, "a", "1", null,
					List.of("cpe:2.3:a:x:a:1:*:*:*:*:*:*:*", "cpe:/a:x:a:1"), null, List.of(), List.of(), null,
					SupportInfo.NONE, Map.of());

			SbomDocument readBack = new CycloneDxJsonReader()
				.read(new CycloneDxJsonWriter(CLOCK).write(document(List.of(component), List.of(), null)));

			assertThat(readBack.components().get(0).cpes()).isEqualTo(component.cpes());
		}

		@Test
		void writesSupportInformationAsTheCaseStudyProperties() {
			JsonNode json = json(new CycloneDxJsonWriter(CLOCK).write(InfusionPumpSbom.document()));

			JsonNode linux = json.at("/components/0/components/0");
			assertThat(linux.get("name").asText()).isEqualTo("linux-kernel");
			assertThat(linux.get("properties"))
				.extracting((property) -> property.get("name").asText(), (property) -> property.get("value").asText())
				.containsExactly(tuple("Level of Support", "LTS"), tuple("End-of-Support", "2026-12"),
						tuple("End-of-Life", "2026-12-31"), tuple("build", "yocto kirkstone"));
		}

		@Test
		void keepsAnEndOfLifeThatIsTextAsAProperty() {
			SbomComponent component = new SbomComponent("a", "device", null, "a", "1", null, List.of(), null, List.of(),
					List.of(), null, new SupportInfo(null, "2030-03-31", LocalDate.of(2030, 3, 31), null),
					Map.of("EOL", "with the next hardware revision"));
			SbomDocument document = document(List.of(component), List.of(), null);

			SbomDocument readBack = new CycloneDxJsonReader().read(new CycloneDxJsonWriter(CLOCK).write(document));

			assertThat(readBack.components()).containsExactly(component);
		}

		@Test
		void writesAComponentWithoutTypeOrNameValidly() throws IOException {
			SbomComponent bare = new SbomComponent("bare", null, null, null, null, null, List.of(), "tag-1", List.of(),
					List.of(), null, SupportInfo.NONE, Map.of());

			byte[] output = new CycloneDxXmlWriter(CLOCK).write(document(List.of(bare), List.of(), null));

			assertValid16("XML", output);
			assertThat(new String(output, StandardCharsets.UTF_8)).contains("type=\"library\"");
			assertThat(new CycloneDxXmlReader().read(output).components()).singleElement()
				.satisfies((readBack) -> assertThat(readBack.name()).isNull())
				.satisfies((readBack) -> assertThat(readBack.properties()).isEmpty())
				.satisfies((readBack) -> assertThat(readBack.swidTagId()).isEqualTo("tag-1"));
		}

		private static SbomComponent component(String ref, List<String> licenses) {
			return new SbomComponent(ref, "library", null, ref, "1", null, List.of(), null, List.of(), licenses, null,
					SupportInfo.NONE, Map.of());
		}

	}

	static JsonNode json(byte[] output) {
		try {
			return new ObjectMapper().readTree(output);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
