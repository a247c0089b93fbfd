package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;

/** S2, S6: the model is exported as SPDX 2.3 tag-value. */
class SpdxTagValueWriterTest {

	static final SpdxTagValueWriter WRITER = new SpdxTagValueWriter(
			Clock.fixed(Instant.parse("2026-01-15T03:00:00Z"), ZoneOffset.UTC),
			() -> UUID.fromString("00000000-0000-4000-8000-000000000001"));

	static String write(SbomDocument document) {
		return new String(WRITER.write(document), StandardCharsets.UTF_8);
	}

	@Test
	void startsWithTheDocumentCreationInformation() {
		assertThat(write(SpdxFixtures.infusionPump())).startsWith("""
				SPDXVersion: SPDX-2.3
				DataLicense: CC0-1.0
				SPDXID: SPDXRef-DOCUMENT
				DocumentName: infusion-pump-2.1
				DocumentNamespace: urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79
				Creator: Organization: Example Medical
				Creator: Tool: sbom-builder 1.4
				Creator: Tool: Mamori
				Created: 2025-04-01T09:30:00Z
				""");
	}

	@Test
	void writesEachComponentAsAPackageSection() {
		assertThat(write(SpdxFixtures.infusionPump())).contains("""
				PackageName: openssl
				SPDXID: SPDXRef-pkg-generic-openssl-3.0.13
				PackageVersion: 3.0.13
				PackageSupplier: Organization: OpenSSL Software Foundation
				PackageDownloadLocation: NOASSERTION
				FilesAnalyzed: false
				PackageChecksum: SHA1: b6f6f4c3a6e2b1b8a8e4a6f3e1d2c3b4a5f6e7d8
				PackageChecksum: SHA256: 5c5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f
				PackageLicenseConcluded: NOASSERTION
				PackageLicenseDeclared: Apache-2.0
				PackageCopyrightText: NOASSERTION
				PackageComment: <text>End of support: Until hardware support ends</text>
				ExternalRef: PACKAGE-MANAGER purl pkg:generic/openssl@3.0.13
				ExternalRef: SECURITY cpe23Type cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*
				PrimaryPackagePurpose: LIBRARY
				""");
	}

	@Test
	void writesFreeTextInTextBlocksAndOtherValuesOnOneLine() {
		SbomComponent component = new SbomComponent("x", null, "Example\nMedical", "x", null, null, List.of(), null,
				List.of(), List.of(), "line one\nline two </text> end", SupportInfo.NONE, Map.of());
		String text = write(
				new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(), List.of(component), List.of(), List.of()));
		assertThat(text).contains("PackageSupplier: Organization: Example Medical\n")
			.contains("PackageDescription: <text>line one\nline two </ text> end</text>\n");
	}

	@Test
	void percentEncodesSpacesInReferenceLocators() {
		SbomComponent component = new SbomComponent("x", null, null, "x", null, "pkg:generic/my tool@1.0", List.of(),
				null, List.of(), List.of(), null, SupportInfo.NONE, Map.of());
		String text = write(
				new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(), List.of(component), List.of(), List.of()));
		assertThat(text).contains("ExternalRef: PACKAGE-MANAGER purl pkg:generic/my%20tool@1.0\n");
	}

	@Test
	void writesRelationshipsAndExtractedLicences() {
		String text = write(SpdxFixtures.infusionPump());
		assertThat(text).contains("Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-pump-firmware\n")
			.contains("Relationship: SPDXRef-pkg-npm--vendor-ui-4.2.0 OTHER SPDXRef-zlib\n"
					+ "RelationshipComment: <text>Declared as dev-tool</text>\n")
			.contains("""
					LicenseID: LicenseRef-Vendor-UI-License
					ExtractedText: <text>Vendor UI License</text>
					LicenseName: Vendor UI License
					""");
	}

	@Test
	void spellsThePurposeAsTagValueDoes() {
		assertThat(write(SpdxFixtures.infusionPump())).contains("PrimaryPackagePurpose: OPERATING-SYSTEM\n");
	}

	@Test
	void writesTheSameBytesForTheSameModel() {
		assertThat(WRITER.write(SpdxFixtures.infusionPump())).isEqualTo(WRITER.write(SpdxFixtures.infusionPump()));
	}

	@Test
	void writesUtf8() {
		assertThat(write(SpdxFixtures.infusionPump())).contains("PackageSupplier: Organization: ベンダー株式会社");
	}

}
