package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S2: CycloneDX JSON and XML are read into the model alike. The two fixtures describe the
 * same infusion pump, one per encoding; every mapping rule is checked on both.
 */
class CycloneDxReaderTest {

	static Stream<Arguments> encodings() {
		return Stream.of(Arguments.of("JSON", read("infusion-pump-1.6.json", new CycloneDxJsonReader()::read)),
				Arguments.of("XML", read("infusion-pump-1.6.xml", new CycloneDxXmlReader()::read)));
	}

	static SbomDocument read(String fixture, Function<byte[], SbomDocument> reader) {
		return reader.apply(resource("sbom/cyclonedx/" + fixture));
	}

	static byte[] resource(String path) {
		try (InputStream in = CycloneDxReaderTest.class.getClassLoader().getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void readsBothEncodingsIntoTheSameModel() {
		SbomDocument json = read("infusion-pump-1.6.json", new CycloneDxJsonReader()::read);
		SbomDocument xml = read("infusion-pump-1.6.xml", new CycloneDxXmlReader()::read);

		assertThat(json.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
		assertThat(xml.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
		assertThat(xml.specVersion()).isEqualTo(json.specVersion()).isEqualTo("1.6");
		assertThat(xml.metadata()).isEqualTo(json.metadata());
		assertThat(xml.components()).isEqualTo(json.components());
		assertThat(xml.relationships()).isEqualTo(json.relationships());
		assertThat(xml.warnings()).isEqualTo(json.warnings());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void takesTheSubjectFromMetadataComponentAndKeepsItAmongTheComponents(String encoding, SbomDocument document) {
		assertThat(document.metadata().subjectRef()).isEqualTo("pump");
		assertThat(document.subject()).map(SbomComponent::name).contains("IP-200 Infusion Pump");
		assertThat(document.metadata().name()).isEqualTo("IP-200 Infusion Pump");
		assertThat(document.components()).extracting(SbomComponent::ref)
			.containsExactly("pump", "firmware", "linux", "openssl", "component-1");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void readsTheDocumentMetadata(String encoding, SbomDocument document) {
		assertThat(document.metadata().serialNumber()).isEqualTo("urn:uuid:0b8c5a2e-3f1d-4c6b-9e7a-1d2c3b4a5f60");
		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:00:00Z"));
		assertThat(document.metadata().authors()).containsExactly("Hanako Yamada <hanako.yamada@example.com>",
				"psirt@example.com");
		assertThat(document.metadata().tools()).containsExactly("org.example sbom-tool 3.2.1",
				"Example Cloud sbom-service 1");
		assertThat(document.metadata().supplier()).isEqualTo("Mamori Medical K.K.");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void takesTheSupplierFromSupplierElseManufacturerElsePublisher(String encoding, SbomDocument document) {
		assertThat(document.component("linux")).map(SbomComponent::supplier).contains("The Linux Foundation");
		assertThat(document.component("component-1")).map(SbomComponent::supplier).contains("Texas Instruments");
		assertThat(document.component("pump")).map(SbomComponent::supplier).contains("Mamori Medical K.K.");
		assertThat(document.component("openssl")).map(SbomComponent::supplier).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void readsIdentifiersHashesAndLicences(String encoding, SbomDocument document) {
		SbomComponent linux = document.component("linux").orElseThrow();
		assertThat(linux.purl()).isEqualTo("pkg:generic/linux@5.10.180");
		assertThat(linux.cpes()).containsExactly("cpe:2.3:o:linux:linux_kernel:5.10.180:*:*:*:*:*:*:*");
		assertThat(linux.licenses()).containsExactly("GPL-2.0-only");
		assertThat(linux.description()).isEqualTo("Kernel of the pump's embedded Linux");
		assertThat(linux.type()).isEqualTo("operating-system");

		SbomComponent openssl = document.component("openssl").orElseThrow();
		assertThat(openssl.swidTagId()).isEqualTo("openssl.org+openssl-3.0.13");
		assertThat(openssl.licenses()).containsExactly("Apache-2.0 OR OpenSSL");
		assertThat(openssl.hashes()).containsExactly(
				new ComponentHash("SHA-1", "0123456789abcdef0123456789abcdef01234567"),
				new ComponentHash("SHA-256", "1".repeat(64)));

		assertThat(document.component("firmware").orElseThrow().hashes())
			.containsExactly(new ComponentHash("SHA-256", "abcdef0123456789".repeat(4)));
		assertThat(document.component("component-1").orElseThrow().licenses()).containsExactly("TI proprietary");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void keepsGroupAsAPropertyInsteadOfFoldingItIntoTheName(String encoding, SbomDocument document) {
		SbomComponent openssl = document.component("openssl").orElseThrow();
		assertThat(openssl.name()).isEqualTo("openssl");
		assertThat(openssl.properties()).containsEntry("group", "org.openssl");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void readsAbsentAndEmptyStringsAsNull(String encoding, SbomDocument document) {
		SbomComponent soc = document.component("component-1").orElseThrow();
		assertThat(soc.version()).isNull();
		assertThat(soc.purl()).isNull();
		assertThat(soc.description()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void keepsPropertiesWithRepeatedValuesOnePerLineButNotThoseTakenAsSupport(String encoding, SbomDocument document) {
		assertThat(document.component("linux").orElseThrow().properties())
			.containsExactly(Map.entry("build", "yocto\nkirkstone"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void readsSupportInformationFromPropertiesWhateverTheirSpelling(String encoding, SbomDocument document) {
		assertThat(document.component("linux").orElseThrow().support()).isEqualTo(new SupportInfo("Security fixes only",
				"2026/12/31", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 1)));
		assertThat(document.component("component-1").orElseThrow().support())
			.isEqualTo(new SupportInfo(null, "Until hardware support ends", null, null));
		assertThat(document.component("openssl").orElseThrow().support()).isEqualTo(SupportInfo.NONE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void relatesNestedTopLevelAndDependentComponents(String encoding, SbomDocument document) {
		assertThat(document.relationships())
			.extracting(Relationship::from, Relationship::to, Relationship::type, Relationship::declaredType)
			.containsExactly(tuple("pump", "firmware", RelationshipType.CONTAINS, "nested"),
					tuple("pump", "linux", RelationshipType.CONTAINS, "bom.components"),
					tuple("pump", "openssl", RelationshipType.CONTAINS, "bom.components"),
					tuple("pump", "component-1", RelationshipType.CONTAINS, "bom.components"),
					tuple("pump", "linux", RelationshipType.DEPENDS_ON, "dependsOn"),
					tuple("firmware", "openssl", RelationshipType.DEPENDS_ON, "dependsOn"),
					tuple("openssl", "linux", RelationshipType.OTHER, "provides"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void skipsReferencesToServicesQuietlyAndSummarizesDanglingOnes(String encoding, SbomDocument document) {
		assertThat(document.warnings()).extracting((warning) -> warning.code(), (warning) -> warning.arguments())
			.containsExactly(tuple("sbom.read.cyclonedx.danglingRefs", List.of(1, "not-in-this-bom")),
					tuple("sbom.read.cyclonedx.servicesIgnored", List.of(1)));
	}

	@Test
	void readsAByteOrderMarkedJsonDocument() {
		byte[] json = resource("sbom/cyclonedx/infusion-pump-1.6.json");
		byte[] marked = new byte[json.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(json, 0, marked, 3, json.length);

		assertThat(new CycloneDxJsonReader().read(marked).components()).hasSize(5);
	}

	@Test
	void readsUtf8TextAsSuch() {
		String json = """
				{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
				 "metadata": {"component": {"type": "device", "name": "輸液ポンプ", "supplier": {"name": "まもり医療機器株式会社"}}}}
				""";

		SbomDocument document = new CycloneDxJsonReader().read(json.getBytes(StandardCharsets.UTF_8));

		assertThat(document.subject()).map(SbomComponent::name).contains("輸液ポンプ");
		assertThat(document.metadata().supplier()).isEqualTo("まもり医療機器株式会社");
	}

}
