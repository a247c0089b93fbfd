package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S2, S3: SPDX 3.0 JSON-LD is read into the model. */
class Spdx3JsonLdReaderTest {

	static final String CONTEXT = "\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"";

	/** Agents, a creation info by blank node, a document whose root is an SBOM. */
	static final String COMMON = """
			{"type": "Organization", "spdxId": "urn:example:org", "creationInfo": "_:ci", "name": "Example Medical"},
			{"type": "Person", "spdxId": "urn:example:hana", "creationInfo": "_:ci", "name": "Hana Sato"},
			{"type": "Tool", "spdxId": "urn:example:tool", "creationInfo": "_:ci", "name": "sbom-builder 1.4"},
			{"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2025-04-01T09:30:00Z",
			 "createdBy": ["urn:example:org", "urn:example:hana"], "createdUsing": ["urn:example:tool"]},
			{"type": "SpdxDocument", "spdxId": "urn:example:doc", "creationInfo": "_:ci", "name": "infusion-pump-2.1",
			 "rootElement": ["urn:example:sbom"]},
			{"type": "software_Sbom", "spdxId": "urn:example:sbom", "creationInfo": "_:ci", "rootElement": ["urn:example:pump"]}
			""";

	static String graph(String elements) {
		return "{" + CONTEXT + ", \"@graph\": [" + COMMON + "," + elements + "]}";
	}

	static SbomDocument read(String json) {
		return new Spdx3JsonLdReader().read(json.getBytes(StandardCharsets.UTF_8));
	}

	static SbomReadException refusal(String json) {
		try {
			read(json);
		}
		catch (SbomReadException ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

	static final String PUMP = """
			{"type": "software_Package", "spdxId": "urn:example:pump", "creationInfo": "_:ci", "name": "pump-firmware",
			 "software_packageVersion": "2.1.0", "suppliedBy": "urn:example:org", "software_primaryPurpose": "firmware",
			 "software_packageUrl": "pkg:generic/example/pump-firmware@2.1.0",
			 "verifiedUsing": [{"type": "Hash", "algorithm": "sha256", "hashValue": "9F86D081"},
			                   {"type": "PackageVerificationCode", "algorithm": "sha1", "hashValue": "be2f"}],
			 "supportLevel": ["limitedSupport"], "validUntilTime": "2031-03-31T00:00:00Z",
			 "summary": "Firmware"}""";

	static final String OPENSSL = """
			{"type": "software_Package", "spdxId": "urn:example:openssl", "creationInfo": "_:ci", "name": "openssl",
			 "software_packageVersion": "3.0.13", "originatedBy": ["urn:example:openssl-project"],
			 "software_primaryPurpose": "library",
			 "externalIdentifier": [
			   {"type": "ExternalIdentifier", "externalIdentifierType": "cpe23", "identifier": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"},
			   {"type": "ExternalIdentifier", "externalIdentifierType": "packageUrl", "identifier": "pkg:generic/openssl@3.0.13"},
			   {"type": "ExternalIdentifier", "externalIdentifierType": "email", "identifier": "openssl@example.com"}]},
			{"type": "Organization", "spdxId": "urn:example:openssl-project", "creationInfo": "_:ci", "name": "OpenSSL Project"}""";

	static String relationship(String id, String from, String type, String... to) {
		return """
				{"type": "Relationship", "spdxId": "%s", "creationInfo": "_:ci", "from": "%s", "relationshipType": "%s", "to": ["%s"]}"""
			.formatted(id, from, type, String.join("\", \"", to));
	}

	@Nested
	class Metadata {

		@Test
		void readsCreationInfoReferencedByABlankNode() {
			SbomDocument document = read(graph(PUMP));
			assertThat(document.format()).isEqualTo(SbomFormat.SPDX3_JSONLD);
			assertThat(document.specVersion()).isEqualTo("3.0.1");
			assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:30:00Z"));
			assertThat(document.metadata().authors()).containsExactly("Example Medical", "Hana Sato");
			assertThat(document.metadata().tools()).containsExactly("sbom-builder 1.4");
			assertThat(document.metadata().serialNumber()).isEqualTo("urn:example:doc");
			assertThat(document.metadata().name()).isEqualTo("infusion-pump-2.1");
		}

		@Test
		void readsAnInlineCreationInfo() {
			String json = graph(PUMP).replace("\"spdxId\": \"urn:example:doc\", \"creationInfo\": \"_:ci\"",
					"\"spdxId\": \"urn:example:doc\", \"creationInfo\": {\"type\": \"CreationInfo\", \"specVersion\": \"3.0.1\", \"created\": \"2024-01-02T03:04:05Z\", \"createdBy\": [\"urn:example:hana\"]}");
			SbomDocument document = read(json);
			assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
			assertThat(document.metadata().authors()).containsExactly("Hana Sato");
		}

		@Test
		void followsTheDocumentRootThroughTheSbomToTheSubject() {
			SbomDocument document = read(graph(PUMP + "," + OPENSSL));
			assertThat(document.metadata().subjectRef()).isEqualTo("urn:example:pump");
			assertThat(document.metadata().supplier()).isEqualTo("Example Medical");
			assertThat(document.relationships()).contains(
					new Relationship("urn:example:doc", "urn:example:pump", RelationshipType.DESCRIBES, "rootElement"));
		}

		@Test
		void isDetectedAndDispatchedBySbomFormats() {
			byte[] content = graph(PUMP).getBytes(StandardCharsets.UTF_8);
			assertThat(SbomFormats.detect(content)).isEqualTo(SbomFormat.SPDX3_JSONLD);
			assertThat(SbomFormats.read(content).components()).hasSize(1);
		}

	}

	@Nested
	class Packages {

		@Test
		void readsNameVersionSupplierPurlHashesAndPurpose() {
			SbomComponent pump = read(graph(PUMP)).components().get(0);
			assertThat(pump.ref()).isEqualTo("urn:example:pump");
			assertThat(pump.name()).isEqualTo("pump-firmware");
			assertThat(pump.version()).isEqualTo("2.1.0");
			assertThat(pump.supplier()).isEqualTo("Example Medical");
			assertThat(pump.purl()).isEqualTo("pkg:generic/example/pump-firmware@2.1.0");
			assertThat(pump.hashes()).containsExactly(new ComponentHash("SHA-256", "9f86d081"));
			assertThat(pump.type()).isEqualTo("firmware");
			assertThat(pump.description()).isEqualTo("Firmware");
		}

		@Test
		void readsSupportLevelAndValidUntilTime() {
			SbomComponent pump = read(graph(PUMP)).components().get(0);
			assertThat(pump.support().level()).isEqualTo("limitedSupport");
			assertThat(pump.support().endOfSupportDate()).isEqualTo(LocalDate.of(2031, 3, 31));
		}

		@Test
		void readsCpesAndAPurlFromExternalIdentifiersAndTheOriginatorAsSupplier() {
			SbomDocument document = read(graph(PUMP + "," + OPENSSL));
			SbomComponent openssl = document.component("urn:example:openssl").orElseThrow();
			assertThat(openssl.cpes()).containsExactly("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
			assertThat(openssl.purl()).isEqualTo("pkg:generic/openssl@3.0.13");
			assertThat(openssl.supplier()).isEqualTo("OpenSSL Project");
			assertThat(openssl.type()).isEqualTo("library");
		}

		@Test
		void readsAiAndDatasetPackagesAsPackages() {
			SbomDocument document = read(graph(PUMP + ", "
					+ """
							{"type": "ai_AIPackage", "spdxId": "urn:example:model", "creationInfo": "_:ci", "name": "dose-model",
							 "software_primaryPurpose": "model"},
							{"type": "dataset_DatasetPackage", "spdxId": "urn:example:data", "creationInfo": "_:ci", "name": "training-set"}"""));
			assertThat(document.components()).extracting(SbomComponent::name, SbomComponent::type)
				.containsExactly(tuple("pump-firmware", "firmware"), tuple("dose-model", "machine-learning-model"),
						tuple("training-set", null));
		}

		@Test
		void turnsLicenceRelationshipsIntoLicences() {
			SbomDocument document = read(graph(PUMP + ", "
					+ """
							{"type": "simplelicensing_LicenseExpression", "spdxId": "urn:example:lic", "creationInfo": "_:ci",
							 "simplelicensing_licenseExpression": "MIT OR Apache-2.0"},
							{"type": "simplelicensing_LicenseExpression", "spdxId": "urn:example:noassertion", "creationInfo": "_:ci",
							 "simplelicensing_licenseExpression": "NOASSERTION"}"""
					+ ", "
					+ relationship("urn:example:r1", "urn:example:pump", "hasConcludedLicense", "urn:example:lic")
					+ ", " + relationship("urn:example:r2", "urn:example:pump", "hasDeclaredLicense",
							"https://spdx.org/licenses/MIT", "urn:example:noassertion")));
			assertThat(document.components().get(0).licenses()).containsExactly("MIT OR Apache-2.0", "MIT");
			assertThat(document.relationships()).extracting(Relationship::type)
				.containsExactly(RelationshipType.DESCRIBES);
			assertThat(document.warnings()).isEmpty();
		}

		@Test
		void makesFilesComponentsOnlyWhenThereIsNoPackage() {
			String file = """
					{"type": "software_File", "spdxId": "urn:example:image", "creationInfo": "_:ci", "name": "pump.img",
					 "verifiedUsing": [{"type": "Hash", "algorithm": "sha3_256", "hashValue": "ab"}]}""";
			assertThat(read(graph(PUMP + "," + file)).components()).extracting(SbomComponent::name)
				.containsExactly("pump-firmware");
			SbomDocument fileLevel = read(graph(file).replace("urn:example:pump", "urn:example:image"));
			assertThat(fileLevel.components()).singleElement().satisfies((component) -> {
				assertThat(component.type()).isEqualTo("file");
				assertThat(component.hashes()).containsExactly(new ComponentHash("SHA3-256", "ab"));
			});
			assertThat(fileLevel.metadata().subjectRef()).isEqualTo("urn:example:image");
		}

		@Test
		void acceptsTypesWrittenAsFullIris() {
			SbomDocument document = read(graph(
					PUMP.replace("\"software_Package\"", "\"https://spdx.org/rdf/3.0.1/terms/Software/Package\"")));
			assertThat(document.components()).hasSize(1);
		}

		@Test
		void readsADocumentThatIsASingleElement() {
			SbomDocument document = read("{" + CONTEXT + ", "
					+ """
							"type": "software_Package", "spdxId": "urn:example:solo", "name": "solo", "software_packageVersion": "1.0",
							"creationInfo": {"type": "CreationInfo", "specVersion": "3.0.1", "created": "2025-01-01T00:00:00Z", "createdBy": ["urn:example:someone"]}}""");
			assertThat(document.components()).extracting(SbomComponent::name).containsExactly("solo");
			assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
			assertThat(document.metadata().authors()).containsExactly("urn:example:someone");
		}

	}

	@Nested
	class Relationships {

		static final String LIB = """
				{"type": "software_Package", "spdxId": "urn:example:lib", "creationInfo": "_:ci", "name": "lib"}""";

		@Test
		void mapsContainsLinksAndDependenciesInTheirDirection() {
			SbomDocument document = read(graph(PUMP + "," + OPENSSL + "," + LIB + ","
					+ relationship("urn:example:r1", "urn:example:pump", "contains", "urn:example:openssl",
							"urn:example:lib")
					+ "," + relationship("urn:example:r2", "urn:example:openssl", "hasStaticLink", "urn:example:lib")
					+ "," + relationship("urn:example:r3", "urn:example:pump", "dependsOn", "urn:example:lib")));
			assertThat(document.relationships())
				.extracting(Relationship::from, Relationship::to, Relationship::type, Relationship::declaredType)
				.containsExactly(
						tuple("urn:example:doc", "urn:example:pump", RelationshipType.DESCRIBES, "rootElement"),
						tuple("urn:example:pump", "urn:example:openssl", RelationshipType.CONTAINS, "contains"),
						tuple("urn:example:pump", "urn:example:lib", RelationshipType.CONTAINS, "contains"),
						tuple("urn:example:openssl", "urn:example:lib", RelationshipType.DEPENDS_ON, "hasStaticLink"),
						tuple("urn:example:pump", "urn:example:lib", RelationshipType.DEPENDS_ON, "dependsOn"));
		}

		@Test
		void keepsOtherSpdx3TypesAsOtherAndWarnsOfUnknownOnes() {
			SbomDocument document = read(graph(PUMP + "," + LIB + ","
					+ relationship("urn:example:r1", "urn:example:lib", "generates", "urn:example:pump") + ","
					+ relationship("urn:example:r2", "urn:example:pump", "bundles", "urn:example:lib")));
			assertThat(document.relationships()).extracting(Relationship::type, Relationship::declaredType)
				.containsExactly(tuple(RelationshipType.DESCRIBES, "rootElement"),
						tuple(RelationshipType.OTHER, "generates"), tuple(RelationshipType.OTHER, "bundles"));
			assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::location)
				.containsExactly(tuple("sbom.spdx.unknownRelationshipType", "/@graph/9"));
		}

		@Test
		void takesTheSubjectFromDescribesWhenTheDocumentHasNoRootElement() {
			String json = graph(OPENSSL + "," + PUMP + ","
					+ relationship("urn:example:r1", "urn:example:doc", "describes", "urn:example:pump"))
				.replace("\"rootElement\": [\"urn:example:sbom\"]", "\"rootElement\": []");
			assertThat(read(json).metadata().subjectRef()).isEqualTo("urn:example:pump");
		}

		@Test
		void dropsRelationshipsToImportedAndUndefinedElementsWithSummaries() {
			String json = graph(PUMP + ","
					+ relationship("urn:example:r1", "urn:example:pump", "contains", "urn:other:imported") + ","
					+ relationship("urn:example:r2", "urn:example:pump", "usesTool", "urn:example:tool") + ","
					+ relationship("urn:example:r3", "urn:example:pump", "dependsOn", "urn:example:nowhere"))
				.replace("\"rootElement\": [\"urn:example:sbom\"]",
						"\"rootElement\": [\"urn:example:sbom\"], \"import\": [{\"type\": \"ExternalMap\", \"externalSpdxId\": \"urn:other:imported\"}]");
			SbomDocument document = read(json);
			assertThat(document.relationships()).extracting(Relationship::type)
				.containsExactly(RelationshipType.DESCRIBES);
			assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
				.containsExactlyInAnyOrder(tuple("sbom.spdx.relationshipsToNonComponents", List.of(2)),
						tuple("sbom.spdx.relationshipsToUndefinedElements", List.of(1, "urn:example:nowhere")));
		}

	}

	@Nested
	class MalformedInput {

		@Test
		void refusesAGraphThatIsNotAnArray() {
			SbomReadException refusal = refusal("{" + CONTEXT + ", \"@graph\": {}}");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.expectedArray");
			assertThat(refusal.location()).isEqualTo("/@graph");
		}

		@Test
		void refusesAnElementWithoutType() {
			SbomReadException refusal = refusal(graph("{\"spdxId\": \"urn:example:x\"}"));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.missingField");
			assertThat(refusal.location()).isEqualTo("/@graph/6/type");
		}

		@Test
		void refusesAPackageWithoutSpdxId() {
			SbomReadException refusal = refusal(graph("{\"type\": \"software_Package\", \"name\": \"x\"}"));
			assertThat(refusal.location()).isEqualTo("/@graph/6/spdxId");
		}

		@Test
		void refusesARelationshipWithoutTargets() {
			SbomReadException refusal = refusal(graph(PUMP + ", "
					+ "{\"type\": \"Relationship\", \"spdxId\": \"urn:example:r\", \"from\": \"urn:example:pump\", \"relationshipType\": \"contains\"}"));
			assertThat(refusal.location()).isEqualTo("/@graph/7/to");
		}

		@Test
		void refusesADocumentWithNeitherGraphNorType() {
			assertThat(refusal("{" + CONTEXT + "}").messageCode()).isEqualTo("sbom.spdx3.noElements");
		}

		@Test
		void refusesAnotherMajorVersion() {
			SbomReadException refusal = refusal(
					graph(PUMP).replace("\"specVersion\": \"3.0.1\"", "\"specVersion\": \"4.0\""));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.unsupportedVersion");
			assertThat(refusal.arguments()).containsExactly("4.0");
		}

		@Test
		void refusesTruncatedJson() {
			String json = graph(PUMP);
			assertThat(refusal(json.substring(0, json.length() / 2)).messageCode())
				.isEqualTo("sbom.read.malformedJson");
		}

	}

}
