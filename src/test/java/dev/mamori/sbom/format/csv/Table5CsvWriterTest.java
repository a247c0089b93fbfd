package dev.mamori.sbom.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.cyclonedx.InfusionPumpSbom;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;

/** S2, S6: the table of Table 5 of the MHLW guide. */
class Table5CsvWriterTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T03:04:05Z"), ZoneOffset.UTC);

	static String write(SbomDocument document) {
		return new String(new Table5CsvWriter(CLOCK).write(document), StandardCharsets.UTF_8);
	}

	static SbomComponent component(String ref, String name, String purl, List<String> cpes, String swid) {
		return new SbomComponent(ref, "library", "Supplier " + ref, name, "1.0", purl, cpes, swid,
				List.of(new ComponentHash("SHA-256", "ab".repeat(32))), List.of(), null, SupportInfo.NONE, Map.of());
	}

	@Test
	void writesTheHeaderAndOneRowPerComponentWithTheSubjectFirst() {
		SbomDocument document = new SbomDocument(SbomFormat.CYCLONEDX_JSON, "1.6",
				new SbomMetadata("pump", null, Instant.parse("2025-04-01T09:00:00Z"),
						List.of("Mamori PSIRT <psirt@example.com>", "Hanako Yamada"), List.of(), null, "pump"),
				List.of(component("lib", "zlib", "pkg:generic/zlib@1.3.1", List.of("cpe:2.3:a:zlib:zlib:1.3.1"), null),
						component("pump", "IP-200, 輸液ポンプ", null, List.of("cpe:2.3:h:mamori:ip-200"), "tag-1"),
						component("app", "pump-control", null, List.of(), "mamori+pump-control")),
				List.of(Relationship.of("pump", "lib", RelationshipType.CONTAINS),
						Relationship.of("pump", "app", RelationshipType.CONTAINS),
						Relationship.of("app", "lib", RelationshipType.DEPENDS_ON),
						new Relationship("app", "pump", RelationshipType.OTHER, "DEV_TOOL_OF")),
				List.of());

		String csv = write(document);

		String hash = "SHA-256:" + "ab".repeat(32);
		String authors = "Mamori PSIRT <psirt@example.com>;Hanako Yamada";
		assertThat(csv).isEqualTo("\uFEFF" + SbomFormats.CSV_HEADER + "\r\n"
				+ "1,Supplier pump,\"IP-200, 輸液ポンプ\",1.0,cpe:2.3:h:mamori:ip-200," + hash + ",primary," + authors
				+ ",2025-04-01T09:00:00Z\r\n" + "2,Supplier lib,zlib,1.0,pkg:generic/zlib@1.3.1," + hash
				+ ",contained in 1," + authors + ",2025-04-01T09:00:00Z\r\n" + "3,Supplier app,pump-control,1.0,"
				+ "mamori+pump-control," + hash + ",contained in 1;depends on 2;related to 1," + authors
				+ ",2025-04-01T09:00:00Z\r\n");
	}

	@Test
	void startsWithAByteOrderMarkSoThatExcelReadsUtf8() {
		byte[] csv = new Table5CsvWriter(CLOCK).write(InfusionPumpSbom.document());

		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(SbomFormats.detect(csv)).isEqualTo(SbomFormat.CSV);
	}

	@Test
	void separatesSeveralHashesWithSemicolons() {
		String csv = write(InfusionPumpSbom.document());

		assertThat(csv).contains(",SHA-256:" + "2".repeat(64) + ";SHA-1:" + "a".repeat(40) + ",");
	}

	@Test
	void datesEveryRowWithTheClockWhenTheDocumentHasNoTimestamp() {
		SbomDocument undated = new SbomDocument(SbomFormat.SWID_XML, "2015", SbomMetadata.empty(),
				List.of(SbomComponent.named("a", "a", "1"), SbomComponent.named("b", "b", "1")), List.of(), List.of());

		assertThat(write(undated).lines().skip(1))
			.allSatisfy((row) -> assertThat(row).endsWith(",2026-01-15T03:04:05Z"));
	}

	@Test
	void numbersRowsInDocumentOrderWhenThereIsNoSubject() {
		SbomDocument document = new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(),
				List.of(SbomComponent.named("x", "x", "1"), SbomComponent.named("y", "y", "1")),
				List.of(Relationship.of("x", "y", RelationshipType.CONTAINS)), List.of());

		assertThat(write(document).lines().skip(1)).containsExactly("1,,x,1,,,,,2026-01-15T03:04:05Z",
				"2,,y,1,,,contained in 1,,2026-01-15T03:04:05Z");
	}

	@Test
	void escapesCellsThatWouldRunAsFormulas() {
		SbomComponent npm = new SbomComponent("a", "library", "=cmd|' /C calc'!A0", "@angular/core", "17.0.0",
				"pkg:npm/%40angular/core@17.0.0", List.of(), null, List.of(), List.of(), null, SupportInfo.NONE,
				Map.of());
		SbomDocument document = new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(), List.of(npm), List.of(),
				List.of());

		String row = write(document).lines().skip(1).findFirst().orElseThrow();

		assertThat(row).startsWith("1,'=cmd|' /C calc'!A0,'@angular/core,17.0.0,");
	}

}
