package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;

/** S2, S6: the model is exported as an SPDX 2.3 JSON document. */
class Spdx2JsonWriterTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T03:00:00.750Z"), ZoneOffset.UTC);

	static final UUID UUID_1 = UUID.fromString("00000000-0000-4000-8000-000000000001");

	static final Spdx2JsonWriter WRITER = new Spdx2JsonWriter(CLOCK, () -> UUID_1);

	static JsonNode write(SbomDocument document) {
		try {
			return new ObjectMapper().readTree(WRITER.write(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SbomDocument withMetadata(SbomMetadata metadata, List<SbomComponent> components) {
		return new SbomDocument(SbomFormat.CSV, null, metadata, components, List.of(), List.of());
	}

	static JsonNode pack(JsonNode spdx, String name) {
		for (JsonNode pack : spdx.get("packages")) {
			if (pack.get("name").asText().equals(name)) {
				return pack;
			}
		}
		throw new AssertionError("no package " + name);
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	@Test
	void writesTheDocumentHeaderOfSpdx23() {
		JsonNode spdx = write(SpdxFixtures.infusionPump());
		assertThat(spdx.get("spdxVersion").asText()).isEqualTo("SPDX-2.3");
		assertThat(spdx.get("dataLicense").asText()).isEqualTo("CC0-1.0");
		assertThat(spdx.get("SPDXID").asText()).isEqualTo("SPDXRef-DOCUMENT");
		assertThat(spdx.get("name").asText()).isEqualTo("infusion-pump-2.1");
		assertThat(spdx.at("/creationInfo/created").asText()).isEqualTo("2025-04-01T09:30:00Z");
	}

	@Test
	void writesAuthorsAsOrganizationsToolsAsToolsAndMamoriAsTool() {
		JsonNode spdx = write(SpdxFixtures.infusionPump());
		assertThat(texts(spdx.at("/creationInfo/creators"))).containsExactly("Organization: Example Medical",
				"Tool: sbom-builder 1.4", "Tool: Mamori");
	}

	@Test
	void usesTheSerialNumberAsNamespaceWhenItIsAUri() {
		assertThat(write(SpdxFixtures.infusionPump()).get("documentNamespace").asText())
			.isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
	}

	@Test
	void makesANamespaceFromTheNameAndAUuidOtherwise() {
		SbomMetadata metadata = new SbomMetadata("Pump 2.1 (JP)", "not a uri", null, List.of(), List.of(), null, null);
		assertThat(write(withMetadata(metadata, List.of())).get("documentNamespace").asText())
			.isEqualTo("https://spdx.org/spdxdocs/Pump-2.1-JP-" + UUID_1);
	}

	@Test
	void usesTheTimeOfWritingInWholeSecondsWhenTheSbomHasNoTimestamp() {
		JsonNode spdx = write(withMetadata(SbomMetadata.empty(), List.of()));
		assertThat(spdx.at("/creationInfo/created").asText()).isEqualTo("2026-01-15T03:00:00Z");
		assertThat(spdx.get("name").asText()).isEqualTo("SBOM");
		assertThat(texts(spdx.at("/creationInfo/creators"))).containsExactly("Tool: Mamori");
	}

	@Test
	void writesEachComponentAsAPackage() {
		JsonNode openssl = pack(write(SpdxFixtures.infusionPump()), "openssl");
		assertThat(openssl.get("SPDXID").asText()).isEqualTo("SPDXRef-pkg-generic-openssl-3.0.13");
		assertThat(openssl.get("versionInfo").asText()).isEqualTo("3.0.13");
		assertThat(openssl.get("supplier").asText()).isEqualTo("Organization: OpenSSL Software Foundation");
		assertThat(openssl.get("downloadLocation").asText()).isEqualTo("NOASSERTION");
		assertThat(openssl.get("filesAnalyzed").asBoolean()).isFalse();
		assertThat(openssl.get("licenseDeclared").asText()).isEqualTo("Apache-2.0");
		assertThat(openssl.get("primaryPackagePurpose").asText()).isEqualTo("LIBRARY");
		assertThat(openssl.at("/externalRefs/0/referenceCategory").asText()).isEqualTo("PACKAGE-MANAGER");
		assertThat(openssl.at("/externalRefs/0/referenceLocator").asText()).isEqualTo("pkg:generic/openssl@3.0.13");
		assertThat(openssl.at("/externalRefs/1/referenceType").asText()).isEqualTo("cpe23Type");
		assertThat(openssl.at("/checksums/0/algorithm").asText()).isEqualTo("SHA1");
		assertThat(openssl.at("/checksums/1/algorithm").asText()).isEqualTo("SHA256");
	}

	@Test
	void writesNoAssertionForAnUnknownSupplier() {
		SbomComponent anonymous = SbomComponent.named("x", "x", "1");
		assertThat(pack(write(withMetadata(SbomMetadata.empty(), List.of(anonymous))), "x").get("supplier").asText())
			.isEqualTo("NOASSERTION");
	}

	@Test
	void writesACpe22ReferenceAndThePurposeAsTheSchemaSpellsIt() {
		JsonNode rtos = pack(write(SpdxFixtures.infusionPump()), "rtos-kernel");
		assertThat(rtos.at("/externalRefs/0/referenceType").asText()).isEqualTo("cpe22Type");
		assertThat(rtos.at("/checksums/0/algorithm").asText()).isEqualTo("SHA512");
		assertThat(rtos.get("primaryPackagePurpose").asText()).isEqualTo("OPERATING_SYSTEM");
	}

	@Test
	void writesLicenceNamesAsExtractedLicences() {
		JsonNode spdx = write(SpdxFixtures.infusionPump());
		assertThat(pack(spdx, "pump-firmware").get("licenseDeclared").asText())
			.isEqualTo("LicenseRef-Example-Medical-EULA");
		assertThat(pack(spdx, "@vendor/ui").get("licenseDeclared").asText())
			.isEqualTo("(MIT OR Apache-2.0) AND LicenseRef-Vendor-UI-License");
		assertThat(spdx.get("hasExtractedLicensingInfos"))
			.extracting((info) -> info.get("licenseId").asText(), (info) -> info.get("name").asText())
			.containsExactly(tuple("LicenseRef-Example-Medical-EULA", "Example Medical EULA"),
					tuple("LicenseRef-Vendor-UI-License", "Vendor UI License"));
	}

	@Test
	void writesTheEndOfSupportAsValidUntilDateAndTheStatementAsComment() {
		JsonNode spdx = write(SpdxFixtures.infusionPump());
		JsonNode firmware = pack(spdx, "pump-firmware");
		assertThat(firmware.get("validUntilDate").asText()).isEqualTo("2031-03-31T00:00:00Z");
		assertThat(firmware.get("comment").asText())
			.isEqualTo("Support level: Actively maintained\nEnd of support: 2031-03-31\nEnd of life: 2033-03-31");
		assertThat(pack(spdx, "openssl").get("comment").asText())
			.isEqualTo("End of support: Until hardware support ends");
		assertThat(pack(spdx, "zlib").has("comment")).isFalse();
	}

	@Test
	void leavesOutHashesSpdxCannotName() {
		SbomComponent component = new SbomComponent("x", null, null, "x", null, null, List.of(), null,
				List.of(new ComponentHash("XXH3", "ab"), new ComponentHash("SHA-384", "cd")), List.of(), null,
				SupportInfo.NONE, Map.of());
		JsonNode pack = pack(write(withMetadata(SbomMetadata.empty(), List.of(component))), "x");
		assertThat(pack.get("checksums")).hasSize(1);
		assertThat(pack.at("/checksums/0/algorithm").asText()).isEqualTo("SHA384");
	}

	@Test
	void makesValidUniqueSpdxIdsFromRefs() {
		List<SbomComponent> components = List.of(SbomComponent.named("a b", "first", null),
				SbomComponent.named("a/b", "second", null), SbomComponent.named("SPDXRef-DOCUMENT", "third", null),
				SbomComponent.named("SPDXRef-kept", "fourth", null));
		JsonNode spdx = write(withMetadata(SbomMetadata.empty(), components));
		List<String> ids = new ArrayList<>();
		spdx.get("packages").forEach((pack) -> ids.add(pack.get("SPDXID").asText()));
		assertThat(ids).containsExactly("SPDXRef-a-b", "SPDXRef-a-b-2", "SPDXRef-DOCUMENT-2", "SPDXRef-kept");
	}

	@Test
	void writesTheSubjectAsDescribedAndRelationshipsBetweenPackages() {
		JsonNode spdx = write(SpdxFixtures.infusionPump());
		List<String> relationships = new ArrayList<>();
		spdx.get("relationships")
			.forEach((r) -> relationships.add(r.get("spdxElementId").asText() + " " + r.get("relationshipType").asText()
					+ " " + r.get("relatedSpdxElement").asText()
					+ (r.has("comment") ? " (" + r.get("comment").asText() + ")" : "")));
		assertThat(relationships).containsExactly("SPDXRef-DOCUMENT DESCRIBES SPDXRef-pump-firmware",
				"SPDXRef-pump-firmware CONTAINS SPDXRef-pkg-generic-openssl-3.0.13",
				"SPDXRef-pump-firmware CONTAINS SPDXRef-rtos",
				"SPDXRef-pump-firmware CONTAINS SPDXRef-pkg-npm--vendor-ui-4.2.0",
				"SPDXRef-pkg-generic-openssl-3.0.13 DEPENDS_ON SPDXRef-zlib",
				"SPDXRef-pkg-npm--vendor-ui-4.2.0 OTHER SPDXRef-zlib (Declared as dev-tool)");
	}

	@Test
	void writesAnOtherRelationshipUnderItsDeclaredTypeWhenSpdxHasIt() {
		List<SbomComponent> components = List.of(SbomComponent.named("a", "a", null),
				SbomComponent.named("b", "b", null));
		SbomDocument document = new SbomDocument(SbomFormat.SPDX_JSON, "SPDX-2.3", SbomMetadata.empty(), components,
				List.of(new Relationship("a", "b", RelationshipType.OTHER, "VARIANT_OF")), List.of());
		JsonNode spdx = write(document);
		assertThat(spdx.at("/relationships/0/relationshipType").asText()).isEqualTo("VARIANT_OF");
	}

	@Test
	void describesEveryRootWhenThereIsNoSubject() {
		List<SbomComponent> components = List.of(SbomComponent.named("a", "a", null),
				SbomComponent.named("b", "b", null), SbomComponent.named("c", "c", null));
		SbomDocument document = new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(), components,
				List.of(Relationship.of("a", "b", RelationshipType.CONTAINS)), List.of());
		List<String> described = new ArrayList<>();
		write(document).get("relationships").forEach((r) -> {
			if (r.get("relationshipType").asText().equals("DESCRIBES")) {
				described.add(r.get("relatedSpdxElement").asText());
			}
		});
		assertThat(described).containsExactly("SPDXRef-a", "SPDXRef-c");
	}

	@Test
	void writesTheSameBytesForTheSameModel() {
		SbomDocument document = SpdxFixtures.infusionPump();
		assertThat(WRITER.write(document)).isEqualTo(WRITER.write(document));
	}

	@Test
	void writesUtf8() {
		String text = new String(WRITER.write(SpdxFixtures.infusionPump()), StandardCharsets.UTF_8);
		assertThat(text).contains("Organization: ベンダー株式会社").contains("タッチパネルの画面\\n(操作部)");
	}

}
