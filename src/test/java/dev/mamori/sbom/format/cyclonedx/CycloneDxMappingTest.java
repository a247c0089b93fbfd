package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S2, S3: the mapping rules of CycloneDX metadata, refs and relationships. */
class CycloneDxMappingTest {

	static SbomDocument json(String text) {
		return new CycloneDxJsonReader().read(text.getBytes(StandardCharsets.UTF_8));
	}

	static SbomDocument xml(String text) {
		return new CycloneDxXmlReader().read(text.getBytes(StandardCharsets.UTF_8));
	}

	@Nested
	class Authors {

		@Test
		void areTheMetadataAuthorsWithTheirEmail() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
					 "metadata": {"authors": [{"name": "Taro Suzuki", "email": "taro@example.com", "phone": "03-0000"},
					                          {"name": "Taro Suzuki", "email": "taro@example.com"}],
					              "manufacture": {"name": "Mamori Medical K.K."}}}
					""");

			assertThat(document.metadata().authors()).containsExactly("Taro Suzuki <taro@example.com>");
		}

		@Test
		void fallBackToTheManufacturerWhenNoneAreGiven() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "metadata": {"manufacturer": {"name": "Mamori Medical K.K."},
					              "component": {"type": "device", "bom-ref": "pump", "name": "IP-200"}}}
					""");

			assertThat(document.metadata().authors()).containsExactly("Mamori Medical K.K.");
		}

		@Test
		void fallBackToTheOlderManufactureElement() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
					 "metadata": {"manufacture": {"name": "Mamori Medical K.K."}}}
					""");

			assertThat(document.metadata().authors()).containsExactly("Mamori Medical K.K.");
		}

		@Test
		void doNotIncludeTools() {
			SbomDocument document = json(
					"""
							{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
							 "metadata": {"tools": [{"vendor": "CycloneDX", "name": "cyclonedx-maven-plugin", "version": "2.7.4"}]}}
							""");

			assertThat(document.metadata().authors()).isEmpty();
			assertThat(document.metadata().tools()).containsExactly("CycloneDX cyclonedx-maven-plugin 2.7.4");
		}

	}

	@Nested
	class SubjectSupplier {

		@Test
		void fallsBackToTheDocumentSupplier() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "metadata": {"supplier": {"name": "Mamori Distribution"},
					              "manufacturer": {"name": "Mamori Medical K.K."},
					              "component": {"type": "device", "bom-ref": "pump", "name": "IP-200"}}}
					""");

			assertThat(document.subject()).map(SbomComponent::supplier).contains("Mamori Distribution");
			assertThat(document.metadata().supplier()).isEqualTo("Mamori Distribution");
		}

		@Test
		void fallsBackToTheManufacturerWhenThereIsNoSupplier() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "metadata": {"manufacturer": {"name": "Mamori Medical K.K."},
					              "component": {"type": "device", "bom-ref": "pump", "name": "IP-200"}}}
					""");

			assertThat(document.subject()).map(SbomComponent::supplier).contains("Mamori Medical K.K.");
			assertThat(document.metadata().supplier()).isEqualTo("Mamori Medical K.K.");
		}

		@Test
		void isTheComponentsOwnWhenItHasOne() {
			SbomDocument document = json(
					"""
							{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
							 "metadata": {"component": {"type": "device", "bom-ref": "pump", "name": "IP-200", "publisher": "Mamori"}}}
							""");

			assertThat(document.subject()).map(SbomComponent::supplier).contains("Mamori");
			assertThat(document.metadata().supplier()).isEqualTo("Mamori");
		}

	}

	@Nested
	class Refs {

		@Test
		void areGeneratedWhenAbsentAvoidingDeclaredOnes() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "library", "name": "a"},
					                {"type": "library", "name": "b", "bom-ref": "component-1"}]}
					""");

			assertThat(document.components()).extracting(SbomComponent::ref)
				.containsExactly("component-2", "component-1");
		}

		@Test
		void thatAreUsedTwiceStayUniqueWithAWarning() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "library", "name": "a", "bom-ref": "lib"},
					                {"type": "library", "name": "b", "bom-ref": "lib"}],
					 "dependencies": [{"ref": "lib", "dependsOn": []}]}
					""");

			assertThat(document.components()).extracting(SbomComponent::ref).containsExactly("lib", "component-1");
			assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments, ReadWarning::location)
				.containsExactly(
						tuple("sbom.read.cyclonedx.duplicateRef", List.of("lib", "component-1"), "/components/1"));
		}

	}

	@Nested
	class Relationships {

		@Test
		void followNestingToAnyDepth() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "firmware", "name": "fw", "bom-ref": "fw",
					   "components": [{"type": "operating-system", "name": "os", "bom-ref": "os",
					     "components": [{"type": "library", "name": "libc", "bom-ref": "libc"}]}]}]}
					""");

			assertThat(document.relationships()).extracting(Relationship::from, Relationship::to, Relationship::type)
				.containsExactly(tuple("fw", "os", RelationshipType.CONTAINS),
						tuple("os", "libc", RelationshipType.CONTAINS));
		}

		@Test
		void containNothingImplicitlyWithoutASubject() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "library", "name": "a"}, {"type": "library", "name": "b"}]}
					""");

			assertThat(document.relationships()).isEmpty();
			assertThat(document.metadata().subjectRef()).isNull();
		}

		@Test
		void summarizeEveryDanglingReferenceInOneWarning() {
			SbomDocument document = json(
					"""
							{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
							 "components": [{"type": "library", "name": "a", "bom-ref": "a"}],
							 "dependencies": [{"ref": "a", "dependsOn": ["x1", "x2", "x3", "x4"]}, {"ref": "ghost", "dependsOn": ["a"]}]}
							""");

			assertThat(document.relationships()).isEmpty();
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.read.cyclonedx.danglingRefs");
				assertThat(warning.arguments()).containsExactly(5, "x1, x2, x3");
			});
		}

	}

	@Nested
	class Leniency {

		@Test
		void acceptsGitUrlsThatAreNoIriReferenceWithAWarning() {
			SbomDocument document = json("""
					{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
					 "components": [{"type": "library", "name": "deep-eql", "version": "3.0.1",
					   "externalReferences": [{"type": "vcs", "url": "git@github.com:chaijs/deep-eql.git"}]}]}
					""");

			assertThat(document.components()).hasSize(1);
			assertThat(document.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo("sbom.read.cyclonedx.lenientFormat");
				assertThat(warning.location()).isEqualTo("/components/0/externalReferences/0/url");
				assertThat(warning.arguments().get(0)).isEqualTo(1);
			});
		}

	}

	@Test
	void readsExtraCpesWrittenByMamoriBackAsCpes() {
		SbomDocument document = json("""
				{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
				 "components": [{"type": "library", "name": "a", "cpe": "cpe:2.3:a:x:a:1:*:*:*:*:*:*:*",
				   "properties": [{"name": "mamori:cpe", "value": "cpe:/a:x:a:1"}]}]}
				""");

		SbomComponent component = document.components().get(0);
		assertThat(component.cpes()).containsExactly("cpe:2.3:a:x:a:1:*:*:*:*:*:*:*", "cpe:/a:x:a:1");
		assertThat(component.properties()).doesNotContainKey("mamori:cpe");
	}

	@Test
	void takesAnXmlTimestampWithoutOffsetAsUtc() {
		SbomDocument document = xml("""
				<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
				  <metadata><timestamp>2025-04-01T09:00:00</timestamp></metadata>
				</bom>
				""");

		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:00:00Z"));
	}

	@Test
	void readsLegacyXmlToolsAndNestedXmlDependencies() {
		SbomDocument document = xml(
				"""
						<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
						  <metadata>
						    <tools><tool><vendor>CycloneDX</vendor><name>cyclonedx-gomod</name><version>1.4.0</version></tool></tools>
						  </metadata>
						  <components>
						    <component type="library" bom-ref="a"><name>a</name></component>
						    <component type="library" bom-ref="b"><name>b</name></component>
						  </components>
						  <dependencies>
						    <dependency ref="a"><dependency ref="b"/></dependency>
						    <dependency ref="b"/>
						  </dependencies>
						</bom>
						""");

		assertThat(document.metadata().tools()).containsExactly("CycloneDX cyclonedx-gomod 1.4.0");
		assertThat(document.relationships())
			.containsExactly(new Relationship("a", "b", RelationshipType.DEPENDS_ON, "dependsOn"));
	}

}
