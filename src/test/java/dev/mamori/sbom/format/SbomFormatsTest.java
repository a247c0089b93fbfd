package dev.mamori.sbom.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import dev.mamori.sbom.model.SbomFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Format detection: a user drops any supported file and Mamori picks the reader (S2). */
class SbomFormatsTest {

	static byte[] resource(String path) {
		try (InputStream in = SbomFormatsTest.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@CsvSource({ "/sbom/cyclonedx/infusion-pump-1.6.json, CYCLONEDX_JSON",
			"/sbom/cyclonedx/infusion-pump-1.6.xml, CYCLONEDX_XML", "/sbom/spdx/infusion-pump.spdx.json, SPDX_JSON",
			"/sbom/spdx/infusion-pump.spdx, SPDX_TAG_VALUE", "/sbom/swid/openssl.swidtag, SWID_XML" })
	void recognizesEachFormatByItsContent(String path, SbomFormat expected) {
		assertThat(SbomFormats.detect(resource(path))).isEqualTo(expected);
	}

	@Test
	void recognizesTable5WithTheEnglishHeader() {
		byte[] csv = (SbomFormats.CSV_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
		assertThat(SbomFormats.detect(csv)).isEqualTo(SbomFormat.CSV);
	}

	@Test
	void recognizesTable5WithTheJapaneseHeaderInUtf8WithByteOrderMark() {
		byte[] header = "ID,サプライヤー名,コンポーネント名,バージョン,固有識別子,ハッシュ,関係,作成者,タイムスタンプ\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] csv = new byte[header.length + 3];
		csv[0] = (byte) 0xEF;
		csv[1] = (byte) 0xBB;
		csv[2] = (byte) 0xBF;
		System.arraycopy(header, 0, csv, 3, header.length);
		assertThat(SbomFormats.detect(csv)).isEqualTo(SbomFormat.CSV);
	}

	@Test
	void recognizesTable5ThatExcelSavedAsShiftJis() {
		byte[] csv = "ID,サプライヤー名,コンポーネント名,バージョン,固有識別子,ハッシュ,関係,作成者,タイムスタンプ\r\n1,,,,,,,,\r\n"
			.getBytes(Charset.forName("windows-31j"));
		assertThat(SbomFormats.detect(csv)).isEqualTo(SbomFormat.CSV);
	}

	@Test
	void refusesTextThatIsNoSbom() {
		assertThatThrownBy(() -> SbomFormats.detect("name,version\nopenssl,3.0\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SbomReadException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("sbom.read.unknownFormat"));
	}

}
