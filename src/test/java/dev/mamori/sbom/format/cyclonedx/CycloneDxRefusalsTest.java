package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.model.SbomDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * S2: what CycloneDX readers refuse, and that every refusal says why (a message code) and
 * where (line, JSON pointer).
 */
class CycloneDxRefusalsTest {

	static SbomReadException refusalOfJson(String text) {
		return refusal(() -> new CycloneDxJsonReader().read(text.getBytes(StandardCharsets.UTF_8)));
	}

	static SbomReadException refusalOfXml(String text) {
		return refusal(() -> new CycloneDxXmlReader().read(text.getBytes(StandardCharsets.UTF_8)));
	}

	static SbomReadException refusal(Runnable read) {
		Throwable thrown = catchThrowable(read::run);
		assertThat(thrown).isInstanceOf(SbomReadException.class);
		return (SbomReadException) thrown;
	}

	@Nested
	class MalformedJson {

		@Test
		void truncatedIsRefusedWithLineAndColumn() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX",
					 "specVersion": "1.6",
					 "components": [{"type": "library", "name": "a"
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedJson");
			assertThat(refusal.location()).isEqualTo("line 4");
			assertThat(refusal.arguments()[0]).isEqualTo(4);
		}

		@Test
		void withTrailingGarbageIsRefused() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1} }
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedJson");
			assertThat(refusal.location()).isEqualTo("line 1");
		}

	}

	@Nested
	class InvalidAgainstTheSchema {

		@Test
		void wrongTypesAreRefusedWithTheirJsonPointer() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "library", "name": 42}]}
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.invalid");
			assertThat(refusal.location()).isEqualTo("/components/0/name");
			assertThat(refusal.arguments()).containsExactly("1.6", 1,
					"/components/0/name: integer found, string expected");
		}

		@Test
		void aComponentListThatIsAnObjectIsRefused() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": {"name": "a"}}
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.invalid");
			assertThat(refusal.location()).isEqualTo("/components");
		}

		@Test
		void quotesTheFirstThreeErrorsAndCountsAll() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
					 "components": [{"type": "gadget", "name": "a"}, {"type": "gadget", "name": "b"},
					                {"type": "gadget", "name": "c"}, {"type": "gadget", "name": "d"}]}
					""");

			assertThat(refusal.arguments()[1]).isEqualTo(4);
			assertThat((String) refusal.arguments()[2])
				.contains("/components/0/type", "/components/1/type", "/components/2/type")
				.doesNotContain("/components/3/type");
		}

		@Test
		void aTimestampThatIsNoDateTimeIsRefused() {
			SbomReadException refusal = refusalOfJson(
					"""
							{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "metadata": {"timestamp": "yesterday"}}
							""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.invalid");
			assertThat(refusal.location()).isEqualTo("/metadata/timestamp");
		}

		@Test
		void xmlIsRefusedWithTheLineOfTheError() {
			SbomReadException refusal = refusalOfXml("""
					<?xml version="1.0" encoding="UTF-8"?>
					<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
					  <components>
					    <component type="gadget"><name>a</name></component>
					  </components>
					</bom>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.invalid");
			assertThat(refusal.location()).isEqualTo("line 4");
			assertThat(refusal.arguments()[0]).isEqualTo("1.6");
		}

	}

	@Nested
	class Versions {

		@Test
		void aDocumentWithoutSpecVersionIsRefused() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "version": 1}
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.missingVersion");
		}

		@Test
		void versionsBefore14AreRefusedNamingTheAcceptedOnes() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.3", "version": 1}
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.unsupportedVersion");
			assertThat(refusal.arguments()).containsExactly("1.3", "1.4, 1.5, 1.6");
		}

		@Test
		void version17IsRefusedSinceTheLibraryHasNoSchemaForIt() {
			SbomReadException refusal = refusalOfJson("""
					{"bomFormat": "CycloneDX", "specVersion": "1.7", "version": 1}
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.unsupportedVersion");
			assertThat(refusal.arguments()[0]).isEqualTo("1.7");
		}

		@Test
		void xmlVersionsComeFromTheNamespace() {
			SbomReadException refusal = refusalOfXml("""
					<bom xmlns="http://cyclonedx.org/schema/bom/1.2" version="1"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.cyclonedx.unsupportedVersion");
			assertThat(refusal.arguments()[0]).isEqualTo("1.2");
		}

		@Test
		void xmlOfAnotherVocabularyIsRefused() {
			SbomReadException refusal = refusalOfXml("""
					<bom xmlns="urn:example:not-cyclonedx"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.unknownXml");
		}

	}

	@Nested
	class MalformedXml {

		@Test
		void truncatedIsRefusedWithLineAndColumn() {
			SbomReadException refusal = refusalOfXml("""
					<?xml version="1.0" encoding="UTF-8"?>
					<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
					  <components>
					    <component type="library"><name>a</name>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedXml");
			assertThat(refusal.location()).startsWith("line ");
			assertThat((int) refusal.arguments()[0]).isGreaterThanOrEqualTo(4);
		}

		@Test
		void mismatchedTagsAreRefused() {
			SbomReadException refusal = refusalOfXml("""
					<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
					  <components></component>
					</bom>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedXml");
			assertThat(refusal.location()).isEqualTo("line 2");
		}

	}

	/**
	 * A DOCTYPE is refused before any parser resolves anything (XXE, entity expansion).
	 */
	@Nested
	@Timeout(10)
	class XmlSafety {

		@Test
		void anExternalEntityOverHttpIsRefusedWithoutAConnection() {
			try (LoopbackServer server = new LoopbackServer()) {
				SbomReadException refusal = refusalOfXml("""
						<?xml version="1.0"?>
						<!DOCTYPE bom [<!ENTITY xxe SYSTEM "%s">]>
						<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
						  <metadata><component type="device"><name>&xxe;</name></component></metadata>
						</bom>
						""".formatted(server.url("/entity")));

				assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
				assertThat(server.connections()).isZero();
			}
		}

		@Test
		void anExternalEntityOnTheFileSystemIsRefused() {
			SbomReadException refusal = refusalOfXml("""
					<?xml version="1.0"?>
					<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
					<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
					  <metadata><component type="device"><name>&xxe;</name></component></metadata>
					</bom>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
		}

		@Test
		void entityExpansionIsRefused() {
			SbomReadException refusal = refusalOfXml("""
					<?xml version="1.0"?>
					<!DOCTYPE bom [
					  <!ENTITY lol "lol">
					  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
					  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
					  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
					]>
					<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
					  <metadata><component type="device"><name>&lol3;</name></component></metadata>
					</bom>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
		}

		@Test
		void aSchemaLocationHintIsNeverFetched() {
			try (LoopbackServer server = new LoopbackServer()) {
				long start = System.nanoTime();
				SbomDocument document = new CycloneDxXmlReader().read("""
						<bom xmlns="http://cyclonedx.org/schema/bom/1.6"
						     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
						     xsi:schemaLocation="http://cyclonedx.org/schema/bom/1.6 %s" version="1">
						  <components><component type="library"><name>a</name></component></components>
						</bom>
						""".formatted(server.url("/bom-1.6.xsd")).getBytes(StandardCharsets.UTF_8));

				assertThat(document.components()).hasSize(1);
				assertThat(server.connections()).isZero();
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			}
		}

	}

	@Test
	void anEmptyDocumentIsRefused() {
		assertThatThrownBy(() -> new CycloneDxJsonReader().read(new byte[0])).isInstanceOf(SbomReadException.class);
	}

}
