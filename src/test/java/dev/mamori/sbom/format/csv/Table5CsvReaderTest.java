package dev.mamori.sbom.format.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

/** S2: the table of Table 5, as Mamori writes it or as a person fills it in. */
class Table5CsvReaderTest {

	static final String HEADER = "id,supplier,component,version,unique_identifier,hash,relationship,author,timestamp\r\n";

	static SbomDocument read(String csv) {
		return new Table5CsvReader().read(csv.getBytes(StandardCharsets.UTF_8));
	}

	static SbomReadException refusal(String csv) {
		return catchThrowableOfType(SbomReadException.class, () -> read(csv));
	}

	static final String PUMP = HEADER
			+ """
					1,まもり医療機器株式会社,IP-200 輸液ポンプ,2.1.0,pkg:generic/mamori/ip-200@2.1.0,SHA-256:%s,primary,Mamori PSIRT;Hanako Yamada,2025-04-01T09:00:00Z
					2,The Linux Foundation,linux-kernel,5.10.180,cpe:2.3:o:linux:linux_kernel:5.10.180:*:*:*:*:*:*:*,sha256:%s;SHA1:%s,contained in 1,Mamori PSIRT,2025-04-01T09:00:00Z
					3,Mamori,pump-control,2.1.0,mamori.example+pump-control-2.1.0,,contained in 1; depends on 2,Hanako Yamada,2025-04-01T09:00:00Z
					"""
				.formatted("1".repeat(64), "2".repeat(64), "A".repeat(40));

	@Nested
	class ATable {

		final SbomDocument document = read(PUMP);

		@Test
		void hasOneComponentPerRowWithTheIdAsRef() {
			assertThat(this.document.format()).isEqualTo(SbomFormat.CSV);
			assertThat(this.document.components())
				.extracting(SbomComponent::ref, SbomComponent::supplier, SbomComponent::name, SbomComponent::version)
				.containsExactly(tuple("1", "まもり医療機器株式会社", "IP-200 輸液ポンプ", "2.1.0"),
						tuple("2", "The Linux Foundation", "linux-kernel", "5.10.180"),
						tuple("3", "Mamori", "pump-control", "2.1.0"));
		}

		@Test
		void tellsPurlsCpesAndSwidTagIdsApart() {
			assertThat(this.document.component("1").orElseThrow().purl()).isEqualTo("pkg:generic/mamori/ip-200@2.1.0");
			assertThat(this.document.component("2").orElseThrow().cpes())
				.containsExactly("cpe:2.3:o:linux:linux_kernel:5.10.180:*:*:*:*:*:*:*");
			assertThat(this.document.component("3").orElseThrow().swidTagId())
				.isEqualTo("mamori.example+pump-control-2.1.0");
		}

		@Test
		void readsHashesInCycloneDxSpelling() {
			assertThat(this.document.component("2").orElseThrow().hashes()).containsExactly(
					new ComponentHash("SHA-256", "2".repeat(64)), new ComponentHash("SHA-1", "a".repeat(40)));
		}

		@Test
		void rebuildsTheSubjectAndTheRelationships() {
			assertThat(this.document.metadata().subjectRef()).isEqualTo("1");
			assertThat(this.document.metadata().name()).isEqualTo("IP-200 輸液ポンプ");
			assertThat(this.document.metadata().supplier()).isEqualTo("まもり医療機器株式会社");
			assertThat(this.document.relationships())
				.extracting(Relationship::from, Relationship::to, Relationship::type)
				.containsExactly(tuple("1", "2", RelationshipType.CONTAINS), tuple("1", "3", RelationshipType.CONTAINS),
						tuple("3", "2", RelationshipType.DEPENDS_ON));
		}

		@Test
		void takesTheAuthorsOfEveryRowAndTheTimestamp() {
			assertThat(this.document.metadata().authors()).containsExactly("Mamori PSIRT", "Hanako Yamada");
			assertThat(this.document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:00:00Z"));
			assertThat(this.document.warnings()).isEmpty();
		}

	}

	@Test
	void readsTheGuidesJapaneseHeader() {
		SbomDocument document = read(
				"""
						ID,サプライヤー名,コンポーネント名,バージョン,固有識別子,ハッシュ,関係,作成者,タイムスタンプ
						1,まもり医療機器株式会社,IP-200,2.1.0,pkg:generic/mamori/ip-200@2.1.0,,primary,まもり医療機器株式会社,2025-04-01T09:00:00+09:00
						""");

		assertThat(document.components()).extracting(SbomComponent::name).containsExactly("IP-200");
		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
	}

	@Test
	void readsAFileWithoutByteOrderMarkAndOneWithIt() {
		byte[] plain = PUMP.getBytes(StandardCharsets.UTF_8);
		byte[] marked = ("\uFEFF" + PUMP).getBytes(StandardCharsets.UTF_8);

		assertThat(new Table5CsvReader().read(marked).components())
			.isEqualTo(new Table5CsvReader().read(plain).components());
	}

	@Test
	void readsAFileExcelSavedAsShiftJisWithAWarning() {
		byte[] shiftJis = PUMP.getBytes(Charset.forName("windows-31j"));

		SbomDocument document = new Table5CsvReader().read(shiftJis);

		assertThat(document.component("1")).map(SbomComponent::supplier).contains("まもり医療機器株式会社");
		assertThat(document.warnings()).extracting(ReadWarning::code).containsExactly("sbom.read.csv.shiftJis");
	}

	@Test
	void toleratesWhatSpreadsheetsAddEmptyTrailingColumnsAndLeadingZeros() {
		SbomDocument document = read(HEADER.replace("\r\n", ",,\r\n") + """
				001,,a,1,,,primary,,,
				002,,b,1,,,contained in 01,,,,
				""");

		assertThat(document.components()).extracting(SbomComponent::ref).containsExactly("1", "2");
		assertThat(document.relationships())
			.containsExactly(new Relationship("1", "2", RelationshipType.CONTAINS, "contained in 01"));
	}

	@Test
	void readsDatesAsExcelRewritesThem() {
		SbomDocument document = read(HEADER + "1,,a,1,,,,,2025/4/1 9:05\r\n");

		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:05:00Z"));
	}

	@Test
	void countsLinesOfQuotedLineBreaksInItsMessages() {
		SbomReadException refusal = refusal(HEADER + "1,,\"two\nlines\",1,,,,,\r\n2,,b\r\n");

		assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.columns");
		assertThat(refusal.arguments()).containsExactly(4, 3, 9);
		assertThat(refusal.location()).isEqualTo("line 4");
	}

	@Nested
	class Refusals {

		@Test
		void aFirstLineThatIsNoHeader() {
			SbomReadException refusal = refusal("name,version\r\nzlib,1.3.1\r\n");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.header");
			assertThat(refusal.location()).isEqualTo("line 1");
		}

		@Test
		void aRowWithTooFewColumns() {
			SbomReadException refusal = refusal(HEADER + "1,,a,1,,,,,\r\n2,,b,1\r\n");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.columns");
			assertThat(refusal.arguments()).containsExactly(3, 4, 9);
		}

		@Test
		void anIdThatIsNoPositiveNumber() {
			SbomReadException refusal = refusal(HEADER + "A-1,,a,1,,,,,\r\n");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.id");
			assertThat(refusal.arguments()).containsExactly(2, "A-1");
		}

		@Test
		void anIdUsedTwice() {
			SbomReadException refusal = refusal(HEADER + "1,,a,1,,,,,\r\n2,,b,1,,,,,\r\n1,,c,1,,,,,\r\n");

			assertThat(refusal.messageCode()).isEqualTo("sbom.read.csv.duplicateId");
			assertThat(refusal.arguments()).containsExactly(4, "1", 2);
		}

		@Test
		void aHeaderWithoutRows() {
			assertThat(refusal(HEADER + "\r\n").messageCode()).isEqualTo("sbom.read.csv.noRows");
		}

	}

	@Test
	void skipsCellsItCannotUnderstandWithWarningsGivingTheLine() {
		SbomDocument document = read(HEADER + """
				1,,a,1,,MD5;SHA-256:xyz,primary,,yesterday
				2,,b,1,,,includes 1;contained in 9;primary,,
				""");

		assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::location)
			.containsExactly(tuple("sbom.read.csv.hash", "line 2"), tuple("sbom.read.csv.hash", "line 2"),
					tuple("sbom.read.csv.timestamp", "line 2"), tuple("sbom.read.csv.relationship", "line 3"),
					tuple("sbom.read.csv.primary", "line 3"), tuple("sbom.read.csv.danglingRefs", null));
		assertThat(document.metadata().subjectRef()).isEqualTo("1");
		assertThat(document.relationships()).isEmpty();
	}

	@Test
	void warnsOnceWhenRowsCarryDifferentTimestamps() {
		SbomDocument document = read(HEADER + """
				1,,a,1,,,,,2025-04-01T09:00:00Z
				2,,b,1,,,,,2025-05-01T09:00:00Z
				3,,c,1,,,,,2025-06-01T09:00:00Z
				""");

		assertThat(document.metadata().timestamp()).isEqualTo(Instant.parse("2025-04-01T09:00:00Z"));
		assertThat(document.warnings()).extracting(ReadWarning::code, ReadWarning::arguments)
			.containsExactly(tuple("sbom.read.csv.timestampsDiffer", List.of(3, 2, "2025-04-01T09:00:00Z")));
	}

}
