package dev.mamori.sbom.format.swid;

import static dev.mamori.sbom.format.swid.SwidFixtures.APPLICATION;
import static dev.mamori.sbom.format.swid.SwidFixtures.LINUX;
import static dev.mamori.sbom.format.swid.SwidFixtures.OPENSSL;
import static dev.mamori.sbom.format.swid.SwidFixtures.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.cyclonedx.LoopbackServer;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** S2: one ISO/IEC 19770-2:2015 SWID tag as an SBOM. */
class SwidXmlReaderTest {

	static SbomDocument read(String xml) {
		return new SwidXmlReader().read(xml.getBytes(StandardCharsets.UTF_8));
	}

	static SbomReadException refusal(String xml) {
		return catchThrowableOfType(SbomReadException.class, () -> read(xml));
	}

	@Nested
	class ProductTag {

		final SbomDocument document = new SwidXmlReader().read(SwidFixtures.tag("ip200-software.swidtag"));

		@Test
		void isTheSubjectComponentWithItsTagIdAsRefAndIdentifier() {
			SbomComponent product = this.document.subject().orElseThrow();

			assertThat(product.ref()).isEqualTo(PRODUCT);
			assertThat(product.swidTagId()).isEqualTo(PRODUCT);
			assertThat(product.uniqueIdentifier()).isEqualTo(PRODUCT);
			assertThat(product.name()).isEqualTo("IP-200 Infusion Pump Software");
			assertThat(product.version()).isEqualTo("2.1.0");
			assertThat(product.description()).isEqualTo("Software of the IP-200 volumetric infusion pump");
			assertThat(product.properties()).containsEntry("versionScheme", "multipartnumeric")
				.containsEntry("product", "IP-200")
				.containsEntry("colloquialVersion", "2.1");
		}

		@Test
		void takesTheSupplierFromTheSoftwareCreatorAndTheAuthorFromTheTagCreator() {
			assertThat(this.document.subject()).map(SbomComponent::supplier).contains("Mamori Medical K.K.");
			assertThat(this.document.metadata().supplier()).isEqualTo("Mamori Medical K.K.");
			assertThat(this.document.metadata().authors()).containsExactly("Mamori Medical K.K.");
		}

		@Test
		void takesHashesFromThePayloadFiles() {
			assertThat(this.document.subject().orElseThrow().hashes()).containsExactly(
					new ComponentHash("SHA-256", "4a6e2a0f1c3b5d7e9f8a6b4c2d0e1f3a5b7c9d8e6f4a2b0c1d3e5f7a9b8c6d4e"));
		}

		@Test
		void hasNoTimestampSinceSwidHasNone() {
			assertThat(this.document.metadata().timestamp()).isNull();
			assertThat(this.document.metadata().serialNumber()).isEqualTo(PRODUCT);
			assertThat(this.document.specVersion()).isEqualTo("2015");
			assertThat(this.document.format()).isEqualTo(SbomFormat.SWID_XML);
		}

		@Test
		void keepsLinksToOtherTagsAsRelationshipsToComponentsKnownByTheirTagId() {
			assertThat(this.document.relationships())
				.extracting(Relationship::from, Relationship::to, Relationship::type, Relationship::declaredType)
				.containsExactly(tuple(PRODUCT, APPLICATION, RelationshipType.CONTAINS, "component"),
						tuple(PRODUCT, OPENSSL, RelationshipType.CONTAINS, "component"),
						tuple(PRODUCT, LINUX, RelationshipType.DEPENDS_ON, "requires"));
			assertThat(this.document.component(LINUX)).hasValueSatisfying((linux) -> {
				assertThat(linux.swidTagId()).isEqualTo(LINUX);
				assertThat(linux.name()).isNull();
			});
			assertThat(this.document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
				.containsExactly(tuple("sbom.read.swid.unresolvedLinks",
						List.of(3, APPLICATION + ", " + OPENSSL + ", " + LINUX)));
		}

	}

	@Test
	void takesTheSupplierFromTheLicensorWhenThereIsNoSoftwareCreator() {
		SbomDocument document = new SwidXmlReader().read(SwidFixtures.tag("openssl.swidtag"));

		SbomComponent openssl = document.subject().orElseThrow();
		assertThat(openssl.supplier()).isEqualTo("OpenSSL Software Foundation");
		assertThat(openssl.hashes()).extracting(ComponentHash::algorithm).containsExactly("SHA-256", "SHA-512");
	}

	@Test
	void takesTheSupplierFromTheDistributorLast() {
		SbomDocument document = read("""
				<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
				                  name="viewer" tagId="example+viewer-1" version="1">
				  <Entity name="Resale Co." role="distributor"/>
				</SoftwareIdentity>
				""");

		assertThat(document.subject()).map(SbomComponent::supplier).contains("Resale Co.");
		assertThat(document.metadata().authors()).isEmpty();
	}

	@Test
	void acceptsTheStructureUnderThe2009Namespace() {
		SbomDocument document = read("""
				<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2009/schema.xsd"
				                  name="legacy viewer" tagId="example+legacy-1" version="1.0"/>
				""");

		assertThat(document.specVersion()).isEqualTo("2009");
		assertThat(document.components()).extracting(SbomComponent::name).containsExactly("legacy viewer");
	}

	@Test
	void isDetectedAndReadThroughFormatDetection() {
		byte[] tag = SwidFixtures.tag("pump-control.swidtag");

		assertThat(SbomFormats.detect(tag)).isEqualTo(SbomFormat.SWID_XML);
		assertThat(SbomFormats.read(tag).components()).extracting(SbomComponent::ref)
			.containsExactly(APPLICATION, PRODUCT, OPENSSL);
	}

	@Test
	void readsAParentLinkAsContainmentByTheParent() {
		SbomDocument document = new SwidXmlReader().read(SwidFixtures.tag("pump-control.swidtag"));

		assertThat(document.relationships()).contains(
				new Relationship(PRODUCT, APPLICATION, RelationshipType.CONTAINS, "parent"),
				new Relationship(APPLICATION, OPENSSL, RelationshipType.DEPENDS_ON, "requires"));
		assertThat(document.subject().orElseThrow().hashes()).hasSize(2);
	}

	@Nested
	class Refusals {

		@Test
		void aTagWithoutTagIdIsRefusedWithItsLine() {
			SbomReadException refusal = refusal("""
					<?xml version="1.0"?>
					<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
					                  name="viewer" version="1"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.missingAttribute");
			assertThat(refusal.arguments()[0]).isEqualTo("tagId");
			assertThat(refusal.location()).startsWith("line ");
		}

		@Test
		void anotherRootElementIsRefused() {
			SbomReadException refusal = refusal("""
					<software_identification_tag xmlns="http://standards.iso.org/iso/19770/-2/2009/schema.xsd"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.notSwid");
			assertThat(refusal.arguments()).containsExactly("software_identification_tag",
					"http://standards.iso.org/iso/19770/-2/2009/schema.xsd");
		}

		@Test
		void malformedXmlIsRefusedWithLineAndColumn() {
			SbomReadException refusal = refusal("""
					<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
					                  name="viewer" tagId="example+viewer-1">
					  <Entity name="Example" role="softwareCreator">
					</SoftwareIdentity>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedXml");
			assertThat(refusal.location()).isEqualTo("line 4");
		}

	}

	/** A DOCTYPE is refused before anything is resolved (S2; XXE, entity expansion). */
	@Nested
	@Timeout(10)
	class XmlSafety {

		@Test
		void anExternalEntityOverHttpIsRefusedWithoutAConnection() {
			try (LoopbackServer server = new LoopbackServer()) {
				SbomReadException refusal = refusal("""
						<?xml version="1.0"?>
						<!DOCTYPE SoftwareIdentity [<!ENTITY xxe SYSTEM "%s">]>
						<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
						                  name="&xxe;" tagId="example+viewer-1"/>
						""".formatted(server.url("/secret")));

				assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
				assertThat(server.connections()).isZero();
			}
		}

		@Test
		void anExternalParameterEntityOverHttpIsRefusedWithoutAConnection() {
			try (LoopbackServer server = new LoopbackServer()) {
				SbomReadException refusal = refusal("""
						<?xml version="1.0"?>
						<!DOCTYPE SoftwareIdentity [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
						<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
						                  name="viewer" tagId="example+viewer-1"/>
						""".formatted(server.url("/evil.dtd")));

				assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
				assertThat(server.connections()).isZero();
			}
		}

		@Test
		void anExternalEntityOnTheFileSystemIsRefused() {
			SbomReadException refusal = refusal("""
					<?xml version="1.0"?>
					<!DOCTYPE SoftwareIdentity [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
					<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
					                  name="&xxe;" tagId="example+viewer-1"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
		}

		@Test
		void billionLaughsIsRefused() {
			SbomReadException refusal = refusal("""
					<?xml version="1.0"?>
					<!DOCTYPE SoftwareIdentity [
					  <!ENTITY a "lol">
					  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
					  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
					  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
					  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
					  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
					  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
					  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
					  <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
					]>
					<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
					                  name="&i;" tagId="example+viewer-1"/>
					""");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
		}

	}

	@Test
	void keepsNoPropertiesItDoesNotKnow() {
		SbomDocument document = read("""
				<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
				                  xmlns:x="urn:example" name="viewer" tagId="example+viewer-1" x:secret="1">
				  <Meta x:other="2" unknownAttribute="3"/>
				</SoftwareIdentity>
				""");

		assertThat(document.subject().orElseThrow().properties()).isEqualTo(Map.of());
	}

}
