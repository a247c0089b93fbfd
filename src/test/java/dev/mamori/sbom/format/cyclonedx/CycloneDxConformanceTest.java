package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mamori.support.SharedData;
import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * S2: CycloneDX conformance over public documents in {@code ../shared/data} (read in
 * place, skipped when absent): the specification's own valid and invalid 1.6 test
 * documents, 1.7, the CycloneDX examples, large real SBOMs and the medical-device SBOMs
 * of a published case study.
 */
class CycloneDxConformanceTest {

	private static final Pattern DECLARED_VERSION = Pattern
		.compile("\"specVersion\"\\s*:\\s*\"([0-9.]+)\"|cyclonedx\\.org/schema/bom/([0-9.]+)");

	/**
	 * Real documents that do not conform to their schema, and why; they are refused like
	 * any invalid document.
	 */
	private static final Map<String, String> KNOWN_INVALID = Map.of("bom-issue2519.xml",
			"Dependency-Track's regression file: twelve bom-refs used twice and <properties> out of schema order");

	static SbomDocument readJson(Path file) {
		return new CycloneDxJsonReader().read(SharedData.read(file));
	}

	static String declaredVersion(Path file) {
		String head = new String(SharedData.read(file), StandardCharsets.UTF_8);
		Matcher matcher = DECLARED_VERSION.matcher(head);
		assertThat(matcher.find()).as("declared version of %s", file).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	@Nested
	class Specification16 {

		@TestFactory
		Stream<DynamicTest> everyValidDocumentIsRead() {
			List<Path> files = SharedData.files(SharedData.require("cyclonedx-spec/1.6"),
					(file) -> file.getFileName().toString().startsWith("valid-"));
			assertThat(files).hasSize(45);
			return files.stream().map((file) -> DynamicTest.dynamicTest(SharedData.name(file), () -> {
				SbomDocument document = readJson(file);
				assertThat(document.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
				assertThat(document.specVersion()).isEqualTo("1.6");
			}));
		}

		@TestFactory
		Stream<DynamicTest> everyInvalidDocumentIsRefusedAsInvalid() {
			List<Path> files = SharedData.files(SharedData.require("cyclonedx-spec/1.6"),
					(file) -> file.getFileName().toString().startsWith("invalid-"));
			assertThat(files).hasSize(25);
			return files.stream()
				.map((file) -> DynamicTest.dynamicTest(SharedData.name(file),
						() -> assertThatThrownBy(() -> readJson(file)).isInstanceOf(SbomReadException.class)
							.satisfies((thrown) -> {
								SbomReadException refusal = (SbomReadException) thrown;
								assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.invalid");
								assertThat(refusal.location()).startsWith("/");
								assertThat(refusal.arguments()[0]).isEqualTo("1.6");
							})));
		}

	}

	/**
	 * cyclonedx-core-java 12.2 has no 1.7 schema, and Mamori reads nothing it cannot
	 * validate: every 1.7 document, valid or not, is refused naming the versions read.
	 */
	@TestFactory
	Stream<DynamicTest> everyVersion17DocumentIsRefusedAsUnsupported() {
		List<Path> files = SharedData.files(SharedData.require("cyclonedx-spec/1.7"),
				(file) -> file.toString().endsWith(".json"));
		assertThat(files).hasSize(90);
		return files.stream()
			.map((file) -> DynamicTest.dynamicTest(SharedData.name(file),
					() -> assertThatThrownBy(() -> readJson(file)).isInstanceOf(SbomReadException.class)
						.satisfies((thrown) -> assertThat(((SbomReadException) thrown).messageCode())
							.isEqualTo("sbom.read.cyclonedx.unsupportedVersion"))));
	}

	/**
	 * The CycloneDX SBOM examples: those in 1.4 or later are read; the older ones (1.2)
	 * are refused as unsupported, by the product decision to read 1.4 to 1.6.
	 */
	@TestFactory
	Stream<DynamicTest> theCycloneDxExamplesAreReadFrom14On() {
		List<Path> files = SharedData.files(SharedData.require("cyclonedx-bom-examples/SBOM"),
				(file) -> file.toString().endsWith(".json") || file.toString().endsWith(".xml"));
		assertThat(files).isNotEmpty();
		return files.stream().map((file) -> DynamicTest.dynamicTest(SharedData.name(file), () -> {
			String version = declaredVersion(file);
			if (CycloneDxVersions.ACCEPTED.contains(version)) {
				SbomDocument document = SbomFormats.read(SharedData.read(file));
				assertThat(document.components()).isNotEmpty();
			}
			else {
				assertThatThrownBy(() -> SbomFormats.read(SharedData.read(file))).isInstanceOf(SbomReadException.class)
					.satisfies((thrown) -> assertThat(((SbomReadException) thrown).messageCode())
						.isEqualTo("sbom.read.cyclonedx.unsupportedVersion"));
			}
		}));
	}

	/** Large real SBOMs, JSON and XML; the known-invalid one is refused as invalid. */
	@TestFactory
	Stream<DynamicTest> largeRealSbomsAreRead() {
		List<Path> files = SharedData.files(SharedData.require("large-sboms"), (file) -> {
			try {
				return SbomFormats.detect(SharedData.read(file)).family() == SbomFormat.Family.CYCLONEDX;
			}
			catch (SbomReadException ex) {
				return false;
			}
		});
		assertThat(files).hasSizeGreaterThanOrEqualTo(5);
		return files.stream().map((file) -> DynamicTest.dynamicTest(SharedData.name(file), () -> {
			String reason = KNOWN_INVALID.get(file.getFileName().toString());
			if (reason != null) {
				assertThatThrownBy(() -> SbomFormats.read(SharedData.read(file))).as(reason)
					.isInstanceOf(SbomReadException.class)
					.satisfies((thrown) -> assertThat(((SbomReadException) thrown).messageCode())
						.isEqualTo("sbom.read.cyclonedx.invalid"));
				return;
			}
			SbomDocument document = SbomFormats.read(SharedData.read(file));
			assertThat(document.components()).hasSizeGreaterThan(100);
			assertThat(document.relationships()).isNotEmpty();
		}));
	}

	/**
	 * The medical-device SBOMs of the case study (CycloneDX 1.4, 66 and 56 components).
	 */
	@Nested
	class MedicalDevices {

		static SbomDocument extended() {
			return readJson(SharedData.require("medical-device-sboms/case-study").resolve("extended.sbom.json"));
		}

		static SbomDocument narrow() {
			return readJson(SharedData.require("medical-device-sboms/case-study").resolve("narrow.sbom.json"));
		}

		@Test
		void areReadWithTheirSubjectAuthorAndTimestamp() {
			for (SbomDocument document : List.of(extended(), narrow())) {
				assertThat(document.subject()).map(SbomComponent::type).contains("device");
				assertThat(document.metadata().authors()).containsExactly("REDACTED <REDACTED@NOWHERE.COM>");
				assertThat(document.metadata().timestamp()).isNotNull();
				assertThat(document.warnings()).isEmpty();
			}
			assertThat(extended().components()).hasSize(66);
			assertThat(narrow().components()).hasSize(56);
		}

		@Test
		void keepSupportStatementsThatAreText() {
			SbomComponent unifi = component(extended(), "UniFi Network Application");

			assertThat(unifi.support())
				.isEqualTo(new SupportInfo("Actively maintained", "Until hardware support ends", null, null));
			assertThat(extended().components()).filteredOn((component) -> component.support().endOfSupport() != null)
				.extracting((component) -> component.support().endOfSupport())
				.contains("Open source", "Unknown", "No longer supported");
		}

		@Test
		void takeTheSupplierFromThePublisher() {
			assertThat(component(extended(), "UniFi Network Application").supplier()).isEqualTo("Ubiquiti");
			assertThat(component(extended(), "Qualcomm Atheros QCA9563").supplier()).isEqualTo("Qualcomm");
		}

		@Test
		void readEmptyVersionsAsNone() {
			assertThat(component(extended(), "Qualcomm Atheros QCA9563").version()).isNull();
		}

		@Test
		void relateEveryComponentToTheDevice() {
			SbomDocument document = extended();
			String device = document.metadata().subjectRef();

			assertThat(document.components()).filteredOn((component) -> !component.ref().equals(device))
				.allSatisfy((component) -> assertThat(document.relationships())
					.anySatisfy((relationship) -> assertThat(List.of(relationship.from(), relationship.to()))
						.containsExactly(device, component.ref())));
		}

		@Test
		void keepTheSameComponentsThroughA16JsonAndXmlExport() {
			for (SbomDocument original : List.of(extended(), narrow())) {
				SbomDocument viaJson = new CycloneDxJsonReader().read(new CycloneDxJsonWriter().write(original));
				SbomDocument viaXml = new CycloneDxXmlReader().read(new CycloneDxXmlWriter().write(original));

				for (SbomDocument readBack : List.of(viaJson, viaXml)) {
					assertThat(readBack.specVersion()).isEqualTo("1.6");
					assertThat(readBack.components()).containsExactlyElementsOf(original.components());
					assertThat(readBack.metadata().authors()).isEqualTo(original.metadata().authors());
					assertThat(MinimumElements.pairs(readBack)).containsAll(MinimumElements.pairs(original));
				}
			}
		}

		private static SbomComponent component(SbomDocument document, String name) {
			return document.components()
				.stream()
				.filter((component) -> name.equals(component.name()))
				.findFirst()
				.orElseThrow();
		}

	}

}
