package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S2, S3: SPDX 2.x tag-value is read with the same mapping as SPDX JSON. */
class SpdxTagValueReaderTest {

	static final String HEADER = """
			SPDXVersion: SPDX-2.3
			DataLicense: CC0-1.0
			SPDXID: SPDXRef-DOCUMENT
			DocumentName: pump
			DocumentNamespace: https://example.com/spdx/pump
			Creator: Tool: builder
			Created: 2025-04-01T09:30:00Z
			""";

	static SbomDocument read(String text) {
		return new SpdxTagValueReader().read(text.getBytes(StandardCharsets.UTF_8));
	}

	static SbomReadException refusal(String text) {
		try {
			read(text);
		}
		catch (SbomReadException ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

	@Test
	void readsTheSameModelAsTheJsonReaderFromTheSameDocument() {
		SbomDocument json = new Spdx2JsonReader().read(SpdxFixtures.resource("infusion-pump.spdx.json"));
		SbomDocument tagValue = new SpdxTagValueReader().read(SpdxFixtures.resource("infusion-pump.spdx"));
		assertThat(tagValue.format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
		assertThat(tagValue.metadata()).isEqualTo(json.metadata());
		assertThat(tagValue.components()).isEqualTo(json.components());
		assertThat(tagValue.relationships()).isEqualTo(json.relationships());
		assertThat(tagValue.warnings()).hasSameSizeAs(json.warnings());
	}

	@Test
	void readsTheDocumentOfTheFixture() {
		SbomDocument document = new SpdxTagValueReader().read(SpdxFixtures.resource("infusion-pump.spdx"));
		assertThat(document.specVersion()).isEqualTo("SPDX-2.3");
		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:30:00Z"));
		assertThat(document.metadata().authors()).containsExactly("Example Medical");
		assertThat(document.metadata().tools()).containsExactly("sbom-builder-1.4");
		assertThat(document.subject()).map(SbomComponent::name).hasValue("pump-firmware");
		assertThat(document.components()).extracting(SbomComponent::name)
			.containsExactly("pump-firmware", "openssl", "rtos-kernel");
		SbomComponent firmware = document.components().get(0);
		assertThat(firmware.licenses()).containsExactly("Example Medical EULA");
		assertThat(firmware.support().level()).isEqualTo("Actively maintained");
		assertThat(firmware.support().endOfSupportDate()).isEqualTo(LocalDate.of(2031, 3, 31));
		assertThat(firmware.support().endOfLife()).isEqualTo(LocalDate.of(2033, 3, 31));
		assertThat(document.components().get(2).supplier()).isEqualTo("RTOS Project");
		assertThat(document.relationships()).containsExactly(
				new Relationship("SPDXRef-DOCUMENT", "SPDXRef-pump", RelationshipType.DESCRIBES, "DESCRIBES"),
				new Relationship("SPDXRef-pump", "SPDXRef-openssl", RelationshipType.CONTAINS, "CONTAINS"),
				new Relationship("SPDXRef-pump", "SPDXRef-rtos", RelationshipType.CONTAINS, "PACKAGE_OF"),
				new Relationship("SPDXRef-rtos", "SPDXRef-openssl", RelationshipType.DEPENDS_ON, "DEPENDENCY_OF"));
		assertThat(document.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo("sbom.spdx.relationshipsToNonComponents");
			assertThat(warning.location()).startsWith("line ");
		});
	}

	@Test
	void readsMultiLineTextWithoutItsMarkers() {
		SbomDocument document = new SpdxTagValueReader().read(SpdxFixtures.resource("infusion-pump.spdx"));
		assertThat(document.components().get(1).description())
			.isEqualTo("TLS and cryptography library,\nused for the pump's network interface.");
	}

	@Test
	void readsChecksumsAndExternalReferences() {
		SbomComponent component = read(HEADER + """
				PackageName: openssl
				SPDXID: SPDXRef-openssl
				PackageChecksum: SHA1: 85ED0817AF83A24AD8DA68C2B5094DE69833983C
				PackageChecksum: BLAKE2b-256:ab
				ExternalRef: PACKAGE_MANAGER purl pkg:generic/openssl@3.0.13
				ExternalRef: SECURITY cpe23Type cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*
				""").components().get(0);
		assertThat(component.hashes()).containsExactly(
				new ComponentHash("SHA-1", "85ed0817af83a24ad8da68c2b5094de69833983c"),
				new ComponentHash("BLAKE2b-256", "ab"));
		assertThat(component.purl()).isEqualTo("pkg:generic/openssl@3.0.13");
		assertThat(component.cpes()).containsExactly("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
	}

	@Test
	void acceptsATagWithoutASpaceAfterTheColon() {
		SbomDocument document = read(
				HEADER + """
						ExternalDocumentRef:DocumentRef-src https://example.com/src SHA1: d6a770ba38583ed4bb4525bd96e50461655d2759
						PackageName:pump
						SPDXID:SPDXRef-pump
						""");
		assertThat(document.components()).extracting(SbomComponent::ref).containsExactly("SPDXRef-pump");
	}

	@Test
	void makesFilesComponentsWhenThereIsNoPackage() {
		SbomDocument document = read(HEADER + """
				FileName: ./pump.img
				SPDXID: SPDXRef-image
				FileChecksum: SHA256: AB
				LicenseConcluded: MIT
				Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-image
				""");
		SbomComponent file = document.components().get(0);
		assertThat(file.name()).isEqualTo("./pump.img");
		assertThat(file.type()).isEqualTo("file");
		assertThat(file.hashes()).containsExactly(new ComponentHash("SHA-256", "ab"));
		assertThat(file.licenses()).containsExactly("MIT");
		assertThat(document.metadata().subjectRef()).isEqualTo("SPDXRef-image");
	}

	@Test
	void readsAnUnknownRelationshipTypeLeniently() {
		SbomDocument document = read(HEADER + """
				PackageName: a
				SPDXID: SPDXRef-a
				PackageName: b
				SPDXID: SPDXRef-b
				Relationship: SPDXRef-a BUNDLES SPDXRef-b
				""");
		assertThat(document.relationships()).extracting(Relationship::type).containsExactly(RelationshipType.OTHER);
		assertThat(document.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo("sbom.spdx.unknownRelationshipType");
			assertThat(warning.location()).isEqualTo("line 12");
		});
	}

	@Test
	void skipsCommentsBlankLinesAndAByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = ("# made by hand\n\n" + HEADER + "PackageName: a\nSPDXID: SPDXRef-a\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		assertThat(new SpdxTagValueReader().read(content).components()).hasSize(1);
	}

	@Nested
	class MalformedInput {

		@Test
		void refusesALineThatIsNoTagWithItsLineNumber() {
			SbomReadException refusal = refusal(HEADER + "PackageName: a\nSPDXID: SPDXRef-a\nthis is no tag\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.malformedLine");
			assertThat(refusal.location()).isEqualTo("line 10");
			assertThat(refusal.arguments()).containsExactly(10);
		}

		@Test
		void refusesATextThatIsNeverClosedAtTheLineWhereItOpens() {
			SbomReadException refusal = refusal(
					HEADER + "PackageName: a\nSPDXID: SPDXRef-a\nPackageComment: <text>first\nsecond\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.unclosedText");
			assertThat(refusal.arguments()).containsExactly(10);
		}

		@Test
		void refusesARelationshipWithoutItsThreeParts() {
			SbomReadException refusal = refusal(HEADER + "Relationship: SPDXRef-DOCUMENT DESCRIBES\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.malformedRelationship");
			assertThat(refusal.location()).isEqualTo("line 8");
		}

		@Test
		void refusesAnExternalRefWithoutItsThreeParts() {
			SbomReadException refusal = refusal(
					HEADER + "PackageName: a\nSPDXID: SPDXRef-a\nExternalRef: PACKAGE-MANAGER pkg:npm/a@1\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.malformedExternalRef");
			assertThat(refusal.arguments()).containsExactly(10);
		}

		@Test
		void refusesAChecksumWithoutAlgorithm() {
			SbomReadException refusal = refusal(HEADER + "PackageName: a\nSPDXID: SPDXRef-a\nPackageChecksum: ab12\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.malformedChecksum");
		}

		@Test
		void refusesAPackageTagOutsideAPackage() {
			SbomReadException refusal = refusal(HEADER + "PackageVersion: 1.0\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.tagOutsideSection");
			assertThat(refusal.arguments()).containsExactly("PackageVersion", 8);
		}

		@Test
		void refusesAFileTagInAPackage() {
			SbomReadException refusal = refusal(HEADER + "PackageName: a\nSPDXID: SPDXRef-a\nFileChecksum: SHA1: ab\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.tagOutsideSection");
		}

		@Test
		void refusesAPackageWithoutSpdxIdAtTheLineWhereItStarts() {
			SbomReadException refusal = refusal(HEADER + "PackageName: a\nPackageVersion: 1\nPackageName: b\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.tv.missingId");
			assertThat(refusal.arguments()).containsExactly(8);
		}

		@Test
		void refusesAPackageWithoutName() {
			SbomReadException refusal = refusal(HEADER + "PackageName:\nSPDXID: SPDXRef-a\n");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.missingField");
			assertThat(refusal.arguments()).containsExactly("PackageName");
			assertThat(refusal.location()).isEqualTo("line 8");
		}

		@Test
		void refusesADocumentWithoutVersion() {
			SbomReadException refusal = refusal(HEADER.replace("SPDXVersion: SPDX-2.3\n", ""));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.missingField");
			assertThat(refusal.arguments()).containsExactly("SPDXVersion");
		}

		@Test
		void refusesAnUnsupportedVersion() {
			SbomReadException refusal = refusal(HEADER.replace("SPDX-2.3", "SPDX-1.2"));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.unsupportedVersion");
			assertThat(refusal.location()).isEqualTo("line 1");
		}

	}

}
