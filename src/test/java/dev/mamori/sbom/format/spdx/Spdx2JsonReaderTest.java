package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

/** S2, S3: SPDX 2.2/2.3 JSON is read into the model, leniently where tools are sloppy. */
class Spdx2JsonReaderTest {

	static SbomDocument read(String json) {
		return new Spdx2JsonReader().read(json.getBytes(StandardCharsets.UTF_8));
	}

	/** A document with the given packages and relationships (JSON array contents). */
	static String document(String packages, String relationships) {
		return """
				{
				  "spdxVersion": "SPDX-2.3",
				  "SPDXID": "SPDXRef-DOCUMENT",
				  "name": "infusion-pump-2.1",
				  "documentNamespace": "https://example.com/spdx/infusion-pump-2.1",
				  "creationInfo": {
				    "created": "2025-04-01T09:30:00Z",
				    "creators": ["Organization: Example Medical (psirt@example.com)", "Person: Hana Sato ()", "Tool: sbom-builder-1.4"]
				  },
				  "packages": [%s],
				  "relationships": [%s]
				}
				"""
			.formatted(packages, relationships);
	}

	static String pack(String id, String name, String extra) {
		return """
				{"SPDXID": "%s", "name": "%s", "downloadLocation": "NOASSERTION"%s}""".formatted(id, name,
				extra.isEmpty() ? "" : ", " + extra);
	}

	static SbomComponent only(SbomDocument document) {
		assertThat(document.components()).hasSize(1);
		return document.components().get(0);
	}

	@Nested
	class Metadata {

		@Test
		void readsNamespaceNameAndCreationTime() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", ""), ""));
			assertThat(document.format()).isEqualTo(SbomFormat.SPDX_JSON);
			assertThat(document.specVersion()).isEqualTo("SPDX-2.3");
			assertThat(document.metadata().serialNumber()).isEqualTo("https://example.com/spdx/infusion-pump-2.1");
			assertThat(document.metadata().name()).isEqualTo("infusion-pump-2.1");
			assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:30:00Z"));
		}

		@Test
		void readsPersonAndOrganizationCreatorsAsAuthorsWithoutPrefixOrEmail() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", ""), ""));
			assertThat(document.metadata().authors()).containsExactly("Example Medical", "Hana Sato");
		}

		@Test
		void readsToolCreatorsAsTools() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", ""), ""));
			assertThat(document.metadata().tools()).containsExactly("sbom-builder-1.4");
		}

		@Test
		void acceptsAnUnreadableTimestampWithAWarning() {
			SbomDocument document = read(
					document(pack("SPDXRef-a", "a", ""), "").replace("2025-04-01T09:30:00Z", "yesterday"));
			assertThat(document.metadata().timestamp()).isNull();
			assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::location)
				.containsExactly(tuple("sbom.spdx.unreadableTimestamp", "/creationInfo/created"));
		}

		@Test
		void readsATimestampWithFractionAndOffset() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", ""), "").replace("2025-04-01T09:30:00Z",
					"2025-04-01T18:30:00.123456789+09:00"));
			assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:30:00.123456789Z"));
		}

	}

	@Nested
	class Packages {

		@Test
		void readsTheSupplierWithoutItsOrganizationPrefix() {
			SbomComponent component = only(read(document(pack("SPDXRef-a", "openssl",
					"\"supplier\": \"Organization: OpenSSL Foundation (info@openssl.org)\""), "")));
			assertThat(component.supplier()).isEqualTo("OpenSSL Foundation");
		}

		@Test
		void fallsBackToTheOriginatorWhenTheSupplierIsNoAssertion() {
			SbomComponent component = only(read(document(
					pack("SPDXRef-a", "zlib", "\"supplier\": \"NOASSERTION\", \"originator\": \"Person: Mark Adler\""),
					"")));
			assertThat(component.supplier()).isEqualTo("Mark Adler");
		}

		@Test
		void readsRefNameAndVersion() {
			SbomComponent component = only(
					read(document(pack("SPDXRef-zlib", "zlib", "\"versionInfo\": \" 1.3.1 \""), "")));
			assertThat(component.ref()).isEqualTo("SPDXRef-zlib");
			assertThat(component.name()).isEqualTo("zlib");
			assertThat(component.version()).isEqualTo("1.3.1");
		}

		@Test
		void acceptsAVersionWrittenAsANumber() {
			SbomComponent component = only(read(document(pack("SPDXRef-a", "a", "\"versionInfo\": 2"), "")));
			assertThat(component.version()).isEqualTo("2");
		}

		@Test
		void readsThePurlFromEitherSpellingOfThePackageManagerCategory() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a",
					"""
							"externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:npm/a@1.0.0"}]""")
					+ ","
					+ pack("SPDXRef-b", "b",
							"""
									"externalRefs": [{"referenceCategory": "PACKAGE_MANAGER", "referenceType": "purl", "referenceLocator": "pkg:npm/b@2.0.0"}]"""),
					""));
			assertThat(document.components()).extracting(SbomComponent::purl)
				.containsExactly("pkg:npm/a@1.0.0", "pkg:npm/b@2.0.0");
		}

		@Test
		void readsCpe23AndCpe22ReferencesAsCpes() {
			SbomComponent component = only(read(document(
					pack("SPDXRef-a", "openssl",
							"""
									"externalRefs": [
									  {"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"},
									  {"referenceCategory": "SECURITY", "referenceType": "cpe22Type", "referenceLocator": "cpe:/a:openssl:openssl:3.0.13"},
									  {"referenceCategory": "SECURITY", "referenceType": "advisory", "referenceLocator": "https://example.com/advisory"}
									]"""),
					"")));
			assertThat(component.cpes()).containsExactly("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*",
					"cpe:/a:openssl:openssl:3.0.13");
			assertThat(component.purl()).isNull();
			assertThat(component.hasUniqueIdentifier()).isTrue();
		}

		@Test
		void readsASwidReferenceAsTheSwidTagId() {
			SbomComponent component = only(read(document(pack("SPDXRef-a", "a",
					"""
							"externalRefs": [{"referenceCategory": "SECURITY", "referenceType": "swid", "referenceLocator": "swid:2df9de35-0aff-4a86-ace6-f7cddd1ade4c"}]"""),
					"")));
			assertThat(component.swidTagId()).isEqualTo("2df9de35-0aff-4a86-ace6-f7cddd1ade4c");
		}

		@Test
		void namesChecksumAlgorithmsAsCycloneDxDoesWithLowerCaseValues() {
			SbomComponent component = only(read(document(
					pack("SPDXRef-a", "a",
							"""
									"checksums": [
									  {"algorithm": "SHA1", "checksumValue": "85ED0817AF83A24AD8DA68C2B5094DE69833983C"},
									  {"algorithm": "SHA256", "checksumValue": "11b6d3ee554eedf79299905a98f9b9a04e498210b59f15094c916c91d150efcd"},
									  {"algorithm": "SHA3-256", "checksumValue": "aa"},
									  {"algorithm": "BLAKE2b-384", "checksumValue": "bb"},
									  {"algorithm": "MD5", "checksumValue": "624c1abb3664f4b35547e7c73864ad24"}
									]"""),
					"")));
			assertThat(component.hashes()).containsExactly(
					new ComponentHash("SHA-1", "85ed0817af83a24ad8da68c2b5094de69833983c"),
					new ComponentHash("SHA-256", "11b6d3ee554eedf79299905a98f9b9a04e498210b59f15094c916c91d150efcd"),
					new ComponentHash("SHA3-256", "aa"), new ComponentHash("BLAKE2b-384", "bb"),
					new ComponentHash("MD5", "624c1abb3664f4b35547e7c73864ad24"));
		}

		@Test
		void ignoresAChecksumWithAnUnknownAlgorithmWithOneWarningPerAlgorithm() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a",
					"""
							"checksums": [{"algorithm": "XXH3", "checksumValue": "aa"}, {"algorithm": "XXH3", "checksumValue": "bb"}]"""),
					""));
			assertThat(only(document).hashes()).isEmpty();
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.spdx.unknownChecksumAlgorithm");
				assertThat(warning.arguments()).containsExactly("XXH3", 2);
				assertThat(warning.location()).isEqualTo("/packages/0/checksums/0");
			});
		}

		@Test
		void keepsConcludedAndDeclaredLicencesWithoutNoAssertionOrDuplicates() {
			SbomDocument document = read(document(
					pack("SPDXRef-a", "a", "\"licenseConcluded\": \"MIT\", \"licenseDeclared\": \"MIT OR Apache-2.0\"")
							+ ","
							+ pack("SPDXRef-b", "b",
									"\"licenseConcluded\": \"NOASSERTION\", \"licenseDeclared\": \"NONE\"")
							+ ","
							+ pack("SPDXRef-c", "c", "\"licenseConcluded\": \"Zlib\", \"licenseDeclared\": \"Zlib\""),
					""));
			assertThat(document.components()).extracting(SbomComponent::licenses)
				.containsExactly(List.of("MIT", "MIT OR Apache-2.0"), List.of(), List.of("Zlib"));
		}

		@Test
		void mapsAnExtractedLicenceRefToTheLicenceName() {
			String json = document(pack("SPDXRef-a", "a",
					"\"licenseDeclared\": \"LicenseRef-Vendor\", \"licenseConcluded\": \"LicenseRef-Vendor AND MIT\""),
					"")
				.replace("\"packages\"",
						"""
								"hasExtractedLicensingInfos": [{"licenseId": "LicenseRef-Vendor", "extractedText": "...", "name": "Vendor EULA 3"}],
								"packages\"""");
			assertThat(only(read(json)).licenses()).containsExactly("LicenseRef-Vendor AND MIT", "Vendor EULA 3");
		}

		@Test
		void mapsThePrimaryPackagePurposeToTheComponentType() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", "\"primaryPackagePurpose\": \"APPLICATION\"")
					+ "," + pack("SPDXRef-b", "b", "\"primaryPackagePurpose\": \"OPERATING-SYSTEM\"") + ","
					+ pack("SPDXRef-c", "c", "\"primaryPackagePurpose\": \"FIRMWARE\"") + ","
					+ pack("SPDXRef-d", "d", "\"primaryPackagePurpose\": \"SOURCE\"") + ","
					+ pack("SPDXRef-e", "e", ""), ""));
			assertThat(document.components()).extracting(SbomComponent::type)
				.containsExactly("application", "operating-system", "firmware", null, null);
		}

		@Test
		void takesTheDescriptionElseTheSummary() {
			SbomDocument document = read(
					document(pack("SPDXRef-a", "a", "\"description\": \"Long text\", \"summary\": \"Short\"") + ","
							+ pack("SPDXRef-b", "b", "\"summary\": \"Short\""), ""));
			assertThat(document.components()).extracting(SbomComponent::description)
				.containsExactly("Long text", "Short");
		}

		@Test
		void readsValidUntilDateAsTheEndOfSupport() {
			SbomComponent component = only(
					read(document(pack("SPDXRef-a", "a", "\"validUntilDate\": \"2031-03-31T00:00:00Z\""), "")));
			assertThat(component.support().endOfSupportDate()).isEqualTo(LocalDate.of(2031, 3, 31));
			assertThat(component.support().endOfSupport()).isEqualTo("2031-03-31T00:00:00Z");
		}

		@Test
		void keepsAnUnreadableValidUntilDateAsTextWithAWarning() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", "\"validUntilDate\": \"end of 2031\""), ""));
			assertThat(only(document).support().endOfSupport()).isEqualTo("end of 2031");
			assertThat(only(document).support().endOfSupportDate()).isNull();
			assertThat(document.warnings()).extracting(ReadWarning::code).containsExactly("sbom.spdx.unreadableDate");
		}

		@Test
		void readsTheSupportStatementMamoriWritesInTheComment() {
			SbomComponent component = only(read(document(pack("SPDXRef-a", "a",
					"\"comment\": \"Support level: Security fixes only\\nEnd of support: Until hardware support ends\\nEnd of life: 2033-03-31\""),
					"")));
			assertThat(component.support().level()).isEqualTo("Security fixes only");
			assertThat(component.support().endOfSupport()).isEqualTo("Until hardware support ends");
			assertThat(component.support().endOfLife()).isEqualTo(LocalDate.of(2033, 3, 31));
		}

		@Test
		void leavesAbsentStringsNull() {
			SbomComponent component = only(
					read(document(
							pack("SPDXRef-a", "a",
									"\"versionInfo\": \"\", \"supplier\": \"NOASSERTION\", \"description\": \"  \""),
							"")));
			assertThat(component.version()).isNull();
			assertThat(component.supplier()).isNull();
			assertThat(component.description()).isNull();
			assertThat(component.support().isEmpty()).isTrue();
		}

		@Test
		void keepsBothElementsOfADuplicatedSpdxIdUnderASuffixWithAWarning() {
			SbomDocument document = read(document(pack("SPDXRef-a", "first", "") + "," + pack("SPDXRef-a", "second", "")
					+ "," + pack("SPDXRef-a-2", "third", ""), ""));
			assertThat(document.components()).extracting(SbomComponent::ref)
				.containsExactly("SPDXRef-a", "SPDXRef-a-3", "SPDXRef-a-2");
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.spdx.duplicateId");
				assertThat(warning.arguments()).containsExactly("SPDXRef-a", "SPDXRef-a-3");
				assertThat(warning.location()).isEqualTo("/packages/1");
			});
		}

		@Test
		void makesFilesComponentsOnlyWhenThereIsNoPackage() {
			String files = """
					"files": [{"SPDXID": "SPDXRef-f", "fileName": "./firmware.bin", "checksums": [{"algorithm": "SHA256", "checksumValue": "ab"}]}],
					""";
			SbomDocument withPackages = read(
					document(pack("SPDXRef-a", "a", ""), "").replace("\"packages\"", files + "\"packages\""));
			SbomDocument fileLevel = read(document("", "").replace("\"packages\"", files + "\"packages\""));
			assertThat(withPackages.components()).extracting(SbomComponent::name).containsExactly("a");
			assertThat(only(fileLevel).name()).isEqualTo("./firmware.bin");
			assertThat(only(fileLevel).type()).isEqualTo("file");
			assertThat(only(fileLevel).hashes()).containsExactly(new ComponentHash("SHA-256", "ab"));
		}

	}

	@Nested
	class Relationships {

		static final String PACKAGES = pack("SPDXRef-app", "app", "\"supplier\": \"Organization: Example Medical\"")
				+ "," + pack("SPDXRef-lib", "lib", "") + "," + pack("SPDXRef-os", "os", "");

		static String relationship(String element, String type, String related) {
			return """
					{"spdxElementId": "%s", "relationshipType": "%s", "relatedSpdxElement": "%s"}""".formatted(element,
					type, related);
		}

		@Test
		void namesTheFirstDescribedPackageAsTheSubject() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-app")
					+ "," + relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-os")));
			assertThat(document.metadata().subjectRef()).isEqualTo("SPDXRef-app");
			assertThat(document.metadata().supplier()).isEqualTo("Example Medical");
			assertThat(document.relationships())
				.contains(new Relationship("SPDXRef-DOCUMENT", "SPDXRef-app", RelationshipType.DESCRIBES, "DESCRIBES"));
		}

		@Test
		void readsTheDocumentDescribesListOfSpdx22() {
			SbomDocument document = read(document(PACKAGES, "").replace("\"packages\"",
					"\"documentDescribes\": [\"SPDXRef-os\"], \"packages\""));
			assertThat(document.metadata().subjectRef()).isEqualTo("SPDXRef-os");
			assertThat(document.relationships()).containsExactly(
					new Relationship("SPDXRef-DOCUMENT", "SPDXRef-os", RelationshipType.DESCRIBES, "DESCRIBES"));
		}

		@Test
		void keepsOneDescribesWhenTheListAndARelationshipSayTheSame() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-os"))
				.replace("\"packages\"", "\"documentDescribes\": [\"SPDXRef-os\"], \"packages\""));
			assertThat(document.relationships()).hasSize(1);
		}

		@Test
		void readsContainsAndDependsOnAsDeclared() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-app", "CONTAINS", "SPDXRef-lib") + ","
					+ relationship("SPDXRef-app", "DEPENDS_ON", "SPDXRef-os")));
			assertThat(document.relationships()).containsExactly(
					new Relationship("SPDXRef-app", "SPDXRef-lib", RelationshipType.CONTAINS, "CONTAINS"),
					new Relationship("SPDXRef-app", "SPDXRef-os", RelationshipType.DEPENDS_ON, "DEPENDS_ON"));
		}

		@Test
		void invertsTheOfAndByFormsKeepingTheDeclaredType() {
			SbomDocument document = read(document(PACKAGES,
					relationship("SPDXRef-lib", "CONTAINED_BY", "SPDXRef-app") + ","
							+ relationship("SPDXRef-lib", "PACKAGE_OF", "SPDXRef-os") + ","
							+ relationship("SPDXRef-os", "DEPENDENCY_OF", "SPDXRef-app") + ","
							+ relationship("SPDXRef-lib", "DEV_DEPENDENCY_OF", "SPDXRef-app") + ","
							+ relationship("SPDXRef-lib", "RUNTIME_DEPENDENCY_OF", "SPDXRef-os")));
			assertThat(document.relationships()).containsExactly(
					new Relationship("SPDXRef-app", "SPDXRef-lib", RelationshipType.CONTAINS, "CONTAINED_BY"),
					new Relationship("SPDXRef-os", "SPDXRef-lib", RelationshipType.CONTAINS, "PACKAGE_OF"),
					new Relationship("SPDXRef-app", "SPDXRef-os", RelationshipType.DEPENDS_ON, "DEPENDENCY_OF"),
					new Relationship("SPDXRef-app", "SPDXRef-lib", RelationshipType.DEPENDS_ON, "DEV_DEPENDENCY_OF"),
					new Relationship("SPDXRef-os", "SPDXRef-lib", RelationshipType.DEPENDS_ON,
							"RUNTIME_DEPENDENCY_OF"));
		}

		@Test
		void readsLinksAsDependenciesOfTheLinkingElement() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-app", "STATIC_LINK", "SPDXRef-lib")
					+ "," + relationship("SPDXRef-app", "DYNAMIC_LINK", "SPDXRef-os")));
			assertThat(document.relationships()).extracting(Relationship::from, Relationship::to, Relationship::type)
				.containsExactly(tuple("SPDXRef-app", "SPDXRef-lib", RelationshipType.DEPENDS_ON),
						tuple("SPDXRef-app", "SPDXRef-os", RelationshipType.DEPENDS_ON));
		}

		@Test
		void keepsOtherSpdxTypesAsOtherWithoutWarning() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-lib", "VARIANT_OF", "SPDXRef-os")));
			assertThat(document.relationships())
				.containsExactly(new Relationship("SPDXRef-lib", "SPDXRef-os", RelationshipType.OTHER, "VARIANT_OF"));
			assertThat(document.warnings()).isEmpty();
		}

		@Test
		void readsTrivysDescribeAsDescribesWithAWarning() {
			SbomDocument document = read(
					document(PACKAGES, relationship("SPDXRef-DOCUMENT", "DESCRIBE", "SPDXRef-app")));
			assertThat(document.metadata().subjectRef()).isEqualTo("SPDXRef-app");
			assertThat(document.relationships()).containsExactly(
					new Relationship("SPDXRef-DOCUMENT", "SPDXRef-app", RelationshipType.DESCRIBES, "DESCRIBE"));
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.spdx.describeReadAsDescribes");
				assertThat(warning.location()).isEqualTo("/relationships/0");
			});
		}

		@Test
		void keepsAnUnknownTypeAsOtherWithOneWarningPerType() {
			SbomDocument document = read(document(PACKAGES,
					relationship("SPDXRef-app", "BUNDLES", "SPDXRef-lib") + ","
							+ relationship("SPDXRef-app", "BUNDLES", "SPDXRef-os") + ","
							+ relationship("SPDXRef-lib", "USES", "SPDXRef-os")));
			assertThat(document.relationships()).extracting(Relationship::type).containsOnly(RelationshipType.OTHER);
			assertThat(document.relationships()).extracting(Relationship::declaredType)
				.containsExactly("BUNDLES", "BUNDLES", "USES");
			assertThat(document.warnings())
				.extracting(ReadWarning::code, (warning) -> warning.arguments().get(0),
						(warning) -> warning.arguments().get(1), ReadWarning::location)
				.containsExactly(tuple("sbom.spdx.unknownRelationshipType", "BUNDLES", 2, "/relationships/0"),
						tuple("sbom.spdx.unknownRelationshipType", "USES", 1, "/relationships/2"));
		}

		@Test
		void dropsRelationshipsToNonComponentsWithOneSummarizingWarning() {
			String json = document(PACKAGES,
					relationship("SPDXRef-app", "CONTAINS", "SPDXRef-file1") + ","
							+ relationship("SPDXRef-app", "CONTAINS", "SPDXRef-file2") + ","
							+ relationship("SPDXRef-app", "GENERATED_FROM", "DocumentRef-src:SPDXRef-source") + ","
							+ relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-DOCUMENT"))
				.replace("\"packages\"",
						"""
								"files": [{"SPDXID": "SPDXRef-file1", "fileName": "a"}, {"SPDXID": "SPDXRef-file2", "fileName": "b"}],
								"packages\"""");
			SbomDocument document = read(json);
			assertThat(document.relationships()).isEmpty();
			assertThat(document.metadata().subjectRef()).isNull();
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.spdx.relationshipsToNonComponents");
				assertThat(warning.arguments()).containsExactly(4);
				assertThat(warning.location()).isEqualTo("/relationships/0");
			});
		}

		@Test
		void reportsRelationshipsToUndefinedElementsWithTheFirstOne() {
			SbomDocument document = read(document(PACKAGES,
					relationship("SPDXRef-missing", "CONTAINS", "SPDXRef-app") + ","
							+ relationship("SPDXRef-app", "CONTAINS", "SPDXRef-lib") + ","
							+ relationship("SPDXRef-gone", "CONTAINS", "SPDXRef-os")));
			assertThat(document.relationships()).hasSize(1);
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.spdx.relationshipsToUndefinedElements");
				assertThat(warning.arguments()).containsExactly(2, "SPDXRef-missing");
			});
		}

		@Test
		void dropsRelationshipsToNoneOrNoAssertionSilently() {
			SbomDocument document = read(document(PACKAGES, relationship("SPDXRef-lib", "DEPENDS_ON", "NONE") + ","
					+ relationship("SPDXRef-os", "GENERATED_FROM", "NOASSERTION")));
			assertThat(document.relationships()).isEmpty();
			assertThat(document.warnings()).isEmpty();
		}

	}

	@Nested
	class Versions {

		@Test
		void acceptsAnySpdx2Version() {
			SbomDocument document = read(document(pack("SPDXRef-a", "a", ""), "").replace("SPDX-2.3", "SPDX-2.2"));
			assertThat(document.specVersion()).isEqualTo("SPDX-2.2");
		}

		@Test
		void refusesOtherVersions() {
			assertThatThrownBy(() -> read(document(pack("SPDXRef-a", "a", ""), "").replace("SPDX-2.3", "SPDX-3.0")))
				.isInstanceOfSatisfying(SbomReadException.class, (ex) -> {
					assertThat(ex.messageCode()).isEqualTo("sbom.spdx.unsupportedVersion");
					assertThat(ex.location()).isEqualTo("/spdxVersion");
					assertThat(ex.arguments()).containsExactly("SPDX-3.0");
				});
		}

	}

	@Nested
	class MalformedInput {

		static SbomReadException refusal(String json) {
			try {
				read(json);
			}
			catch (SbomReadException ex) {
				return ex;
			}
			throw new AssertionError("not refused: " + json);
		}

		@Test
		void refusesTruncatedJsonWithLineAndColumn() {
			String json = document(pack("SPDXRef-a", "a", ""), "");
			String truncated = json.substring(0, json.indexOf("\"packages\""));
			SbomReadException refusal = refusal(truncated);
			int lastLine = truncated.split("\n", -1).length;
			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedJson");
			assertThat(refusal.location()).isEqualTo("line " + lastLine);
			assertThat(refusal.arguments()[0]).isEqualTo(lastLine);
		}

		@Test
		void refusesADocumentThatIsNotAnObject() {
			assertThat(refusal("[1, 2]").messageCode()).isEqualTo("sbom.spdx.notAnObject");
		}

		@Test
		void refusesADocumentWithoutSpdxVersion() {
			SbomReadException refusal = refusal("{\"SPDXID\": \"SPDXRef-DOCUMENT\"}");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.missingField");
			assertThat(refusal.location()).isEqualTo("/spdxVersion");
		}

		@Test
		void refusesPackagesThatAreNotAnArray() {
			SbomReadException refusal = refusal(
					"{\"spdxVersion\": \"SPDX-2.3\", \"packages\": {\"SPDXID\": \"SPDXRef-a\"}}");
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.expectedArray");
			assertThat(refusal.location()).isEqualTo("/packages");
			assertThat(refusal.arguments()).containsExactly("/packages");
		}

		@Test
		void refusesAPackageWithoutNameAtItsPointer() {
			SbomReadException refusal = refusal(
					document(pack("SPDXRef-a", "a", "") + ", {\"SPDXID\": \"SPDXRef-b\", \"versionInfo\": \"1\"}", ""));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.missingField");
			assertThat(refusal.location()).isEqualTo("/packages/1/name");
		}

		@Test
		void refusesAPackageWithoutSpdxId() {
			SbomReadException refusal = refusal(document("{\"name\": \"a\"}", ""));
			assertThat(refusal.location()).isEqualTo("/packages/0/SPDXID");
		}

		@Test
		void refusesAPackageThatIsNotAnObject() {
			SbomReadException refusal = refusal(document("\"SPDXRef-a\"", ""));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.expectedObject");
			assertThat(refusal.location()).isEqualTo("/packages/0");
		}

		@Test
		void refusesAnObjectWhereTextIsExpected() {
			SbomReadException refusal = refusal(
					document(pack("SPDXRef-a", "a", "\"supplier\": {\"name\": \"x\"}"), ""));
			assertThat(refusal.messageCode()).isEqualTo("sbom.spdx.expectedText");
			assertThat(refusal.location()).isEqualTo("/packages/0/supplier");
		}

		@Test
		void refusesARelationshipWithoutItsType() {
			SbomReadException refusal = refusal(document(pack("SPDXRef-a", "a", ""),
					"{\"spdxElementId\": \"SPDXRef-DOCUMENT\", \"relatedSpdxElement\": \"SPDXRef-a\"}"));
			assertThat(refusal.location()).isEqualTo("/relationships/0/relationshipType");
		}

		@Test
		void refusesAnEmptyDocument() {
			assertThat(refusal("   ").messageCode()).isEqualTo("sbom.read.empty");
		}

	}

}
