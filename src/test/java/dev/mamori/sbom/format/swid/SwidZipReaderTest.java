package dev.mamori.sbom.format.swid;

import static dev.mamori.sbom.format.swid.SwidFixtures.APPLICATION;
import static dev.mamori.sbom.format.swid.SwidFixtures.LINUX;
import static dev.mamori.sbom.format.swid.SwidFixtures.OPENSSL;
import static dev.mamori.sbom.format.swid.SwidFixtures.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.cyclonedx.LoopbackServer;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** S2: a zip of SWID tags as one SBOM, read defensively. */
class SwidZipReaderTest {

	static SbomReadException refusal(byte[] zip) {
		return catchThrowableOfType(SbomReadException.class, () -> new SwidZipReader().read(zip));
	}

	@Nested
	class CombinedDocument {

		final SbomDocument document = SbomFormats.read(SwidFixtures.zip(SwidFixtures.pumpTags()));

		@Test
		void hasEveryTagAsAComponentAndTheProductAsSubject() {
			assertThat(this.document.format()).isEqualTo(SbomFormat.SWID_ZIP);
			assertThat(this.document.components()).extracting(SbomComponent::ref)
				.containsExactly(PRODUCT, APPLICATION, OPENSSL, LINUX);
			assertThat(this.document.metadata().subjectRef()).isEqualTo(PRODUCT);
			assertThat(this.document.metadata().name()).isEqualTo("IP-200 Infusion Pump Software");
			assertThat(this.document.metadata().serialNumber()).isEqualTo(PRODUCT);
		}

		@Test
		void resolvesLinksBetweenTagsByTagId() {
			assertThat(this.document.relationships())
				.extracting(Relationship::from, Relationship::to, Relationship::type)
				.containsExactlyInAnyOrder(tuple(PRODUCT, APPLICATION, RelationshipType.CONTAINS),
						tuple(PRODUCT, OPENSSL, RelationshipType.CONTAINS),
						tuple(PRODUCT, LINUX, RelationshipType.DEPENDS_ON),
						tuple(PRODUCT, APPLICATION, RelationshipType.CONTAINS),
						tuple(APPLICATION, OPENSSL, RelationshipType.DEPENDS_ON));
		}

		@Test
		void keepsOnlyTheUnresolvedLinkAsAComponentKnownByItsTagId() {
			assertThat(this.document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
				.containsExactly(tuple("sbom.read.swid.unresolvedLinks", List.of(1, LINUX)));
		}

		@Test
		void takesTheAuthorsFromTheTagCreatorsOfEveryTag() {
			assertThat(this.document.metadata().authors()).containsExactly("Mamori Medical K.K.",
					"Mamori Medical PSIRT");
			assertThat(this.document.metadata().timestamp()).isNull();
		}

		@Test
		void keepsEachTagsSupplierAndHashes() {
			assertThat(this.document.component(OPENSSL)).map(SbomComponent::supplier)
				.contains("OpenSSL Software Foundation");
			assertThat(this.document.component(APPLICATION).orElseThrow().hashes()).hasSize(2);
		}

	}

	@Test
	void ignoresOtherFilesWithAWarningAndNestedArchivesWithTheirOwn() {
		Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
		entries.put("README.txt", "Tags of the IP-200".getBytes(StandardCharsets.UTF_8));
		entries.put("__MACOSX/swidtags/._openssl.swidtag", new byte[] { 0, 5, 22, 7 });
		entries.put("swidtags/vendor-tags.zip", SwidFixtures.zip(Map.of("x.swidtag", new byte[0])));

		SbomDocument document = new SwidZipReader().read(SwidFixtures.zip(entries));

		assertThat(document.components()).hasSize(4);
		assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
			.contains(tuple("sbom.read.swid.zip.nestedArchive", List.of("swidtags/vendor-tags.zip")),
					tuple("sbom.read.swid.zip.ignoredEntries",
							List.of(2, "README.txt, __MACOSX/swidtags/._openssl.swidtag")));
	}

	@Test
	void readsTheFirstOfTwoTagsWithTheSameTagId() {
		Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
		entries.put("copy/openssl.swidtag", SwidFixtures.tag("openssl.swidtag"));

		SbomDocument document = new SwidZipReader().read(SwidFixtures.zip(entries));

		assertThat(document.components()).extracting(SbomComponent::ref).containsOnlyOnce(OPENSSL);
		assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
			.contains(tuple("sbom.read.swid.zip.duplicateTag", List.of(OPENSSL, "swidtags/openssl.xml")));
	}

	@Test
	void hasNoSubjectWhenNoSingleTagIncludesTheOthers() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("openssl.swidtag", SwidFixtures.tag("openssl.swidtag"));
		entries.put("viewer.swidtag", """
				<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
				                  name="viewer" tagId="example+viewer-1" version="1"/>
				""".getBytes(StandardCharsets.UTF_8));

		SbomDocument document = new SwidZipReader().read(SwidFixtures.zip(entries));

		assertThat(document.metadata().subjectRef()).isNull();
		assertThat(document.components()).hasSize(2);
	}

	@Nested
	class Refusals {

		@Test
		void aTagThatCannotBeReadIsRefusedNamingItsEntry() {
			Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
			entries.put("swidtags/broken.swidtag", "<SoftwareIdentity".getBytes(StandardCharsets.UTF_8));

			SbomReadException refusal = refusal(SwidFixtures.zip(entries));

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.malformedXml");
			assertThat(refusal.location()).startsWith("swidtags/broken.swidtag, line ");
		}

		@Test
		@Timeout(10)
		void aTagWithAnExternalEntityIsRefusedWithoutAConnection() {
			try (LoopbackServer server = new LoopbackServer()) {
				Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
				entries.put("swidtags/evil.swidtag", """
						<?xml version="1.0"?>
						<!DOCTYPE SoftwareIdentity [<!ENTITY xxe SYSTEM "%s">]>
						<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd"
						                  name="&xxe;" tagId="example+evil-1"/>
						""".formatted(server.url("/secret")).getBytes(StandardCharsets.UTF_8));

				SbomReadException refusal = refusal(SwidFixtures.zip(entries));

				assertThat(refusal.messageCode()).isEqualTo("sbom.read.xmlDoctype");
				assertThat(refusal.location()).startsWith("swidtags/evil.swidtag");
				assertThat(server.connections()).isZero();
			}
		}

		@Test
		void anArchiveWithoutTagsIsRefused() {
			SbomReadException refusal = refusal(
					SwidFixtures.zip(Map.of("README.txt", "no tags".getBytes(StandardCharsets.UTF_8))));

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.noTags");
		}

		@Test
		void aDamagedArchiveIsRefusedRatherThanReadInPart() {
			byte[] zip = SwidFixtures.zip(SwidFixtures.pumpTags());
			byte[] damaged = Arrays.copyOf(zip, zip.length);
			for (int i = 60; i < 400; i++) {
				damaged[i] = (byte) 0xFF;
			}

			SbomReadException refusal = refusal(damaged);

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.incomplete");
			assertThat(refusal.arguments()).containsExactly(4, 1);
		}

		@Test
		void aTruncatedArchiveIsRefused() {
			byte[] zip = SwidFixtures.zip(SwidFixtures.pumpTags());

			SbomReadException refusal = refusal(Arrays.copyOf(zip, zip.length - 200));

			assertThat(refusal.messageCode()).isIn("sbom.read.swid.zip.truncated", "sbom.read.swid.zip.malformed");
		}

		@Test
		void bytesThatAreNoZipAreRefused() {
			SbomReadException refusal = refusal("PK\u0003\u0004 but no zip".getBytes(StandardCharsets.UTF_8));

			assertThat(refusal.messageCode()).isIn("sbom.read.swid.zip.truncated", "sbom.read.swid.zip.malformed");
		}

	}

	/** Zip bombs stop at the limits, counted on bytes actually inflated. */
	@Nested
	@Timeout(60)
	class Limits {

		@Test
		void anEntryOf200MegabytesOfZerosIsStoppedByItsRatio() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.putNextEntry(new ZipEntry("bomb.swidtag"));
				byte[] zeros = new byte[1024 * 1024];
				for (int i = 0; i < 200; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
			long start = System.nanoTime();

			SbomReadException refusal = refusal(bytes.toByteArray());

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.ratio");
			assertThat(refusal.arguments()).containsExactly("bomb.swidtag", 100);
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
		}

		@Test
		void aBombHiddenInAFileThatIsNoTagIsStoppedToo() {
			Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
			entries.put("padding.bin", new byte[8 * 1024 * 1024]);

			SbomReadException refusal = refusal(SwidFixtures.zip(entries));

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.ratio");
			assertThat(refusal.location()).isEqualTo("padding.bin");
		}

		@Test
		void smallFilesThatCompressVeryWellAreFine() {
			Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
			entries.put("padding.bin", new byte[900 * 1024]);

			assertThat(new SwidZipReader().read(SwidFixtures.zip(entries)).components()).hasSize(4);
		}

		@Test
		void moreThanTenThousandEntriesAreRefused() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (int i = 0; i <= 10_000; i++) {
					zip.putNextEntry(new ZipEntry("e" + i + ".txt"));
					zip.closeEntry();
				}
			}

			SbomReadException refusal = refusal(bytes.toByteArray());

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.tooManyEntries");
			assertThat(refusal.arguments()).containsExactly(10_000);
			assertThat(refusal.location()).isEqualTo("e10000.txt");
		}

		@Test
		void theTotalInflatedSizeIsLimitedOnBytesRead() {
			Random random = new Random(42);
			Map<String, byte[]> entries = new LinkedHashMap<>(SwidFixtures.pumpTags());
			for (int i = 0; i < 3; i++) {
				byte[] noise = new byte[512 * 1024];
				random.nextBytes(noise);
				entries.put("noise-" + i + ".bin", noise);
			}
			SwidZipReader reader = new SwidZipReader(new ZipLimits(10_000, 1024 * 1024, 100, 1024 * 1024));

			SbomReadException refusal = catchThrowableOfType(SbomReadException.class,
					() -> reader.read(SwidFixtures.zip(entries)));

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.swid.zip.tooLarge");
			assertThat(refusal.location()).isEqualTo("noise-1.bin");
			assertThat(refusal.arguments()).containsExactly(1L);
		}

	}

}
