package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mamori.sbom.format.cyclonedx.SupportProperties.Kind;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * P3, S5: support statements in CycloneDX properties, however device makers spell them.
 */
class SupportPropertiesTest {

	@ParameterizedTest
	@CsvSource(delimiterString = "|", textBlock = """
			Level of Support     | LEVEL
			level-of-support     | LEVEL
			cdx:Level of Support | LEVEL
			Support Level        | LEVEL
			End-of-Support       | END_OF_SUPPORT
			End of Support       | END_OF_SUPPORT
			end_of_support       | END_OF_SUPPORT
			EOS                  | END_OF_SUPPORT
			cdx:eos              | END_OF_SUPPORT
			End-of-Life          | END_OF_LIFE
			EOL                  | END_OF_LIFE
			cdx:End-of-Life      | END_OF_LIFE
			""")
	void recognizesSupportPropertiesWhateverTheirSpelling(String name, Kind kind) {
		assertThat(SupportProperties.kindOf(name)).isEqualTo(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "build", "cdx:reproducible", "Support", "End", "EOS-notes" })
	void ignoresOtherProperties(String name) {
		assertThat(SupportProperties.kindOf(name)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", textBlock = """
			2028-03-31           | 2028-03-31
			2028/3/31            | 2028-03-31
			2028.03.31           | 2028-03-31
			2028-03-31T00:00:00Z | 2028-03-31
			2028-03              | 2028-03-01
			2028/3               | 2028-03-01
			""")
	void readsDatesInTheFormsSuppliersWrite(String text, LocalDate date) {
		assertThat(SupportProperties.parseDate(text)).isEqualTo(date);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Until hardware support ends", "Open source", "Unknown", "2028-02-30", "2028-13", "FY2028" })
	void leavesTextThatIsNoDateWithoutADate(String text) {
		assertThat(SupportProperties.parseDate(text)).isNull();
	}

	@Test
	void keepsTheTextAndAddsTheDateWhenThereIsOne() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("Level of Support", "Actively maintained");
		properties.put("End-of-Support", "2030/3/31");
		properties.put("EOL", "2029-12");

		assertThat(SupportProperties.take(properties)).isEqualTo(new SupportInfo("Actively maintained", "2030/3/31",
				LocalDate.of(2030, 3, 31), LocalDate.of(2029, 12, 1)));
	}

	@Test
	void takesTheFirstStatementOfAKindOutOfTheProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("End-of-Support", "Until hardware support ends");
		properties.put("cdx:eos", "2030-01-01");
		properties.put("build", "yocto");

		assertThat(SupportProperties.take(properties).endOfSupport()).isEqualTo("Until hardware support ends");
		assertThat(properties).containsOnlyKeys("cdx:eos", "build");
	}

	@Test
	void leavesAnEndOfLifeThatIsNoDateAmongTheProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("End-of-Life", "with the next hardware revision");

		assertThat(SupportProperties.take(properties)).isSameAs(SupportInfo.NONE);
		assertThat(properties).containsEntry("End-of-Life", "with the next hardware revision");
	}

	@Test
	void isNoneWithoutSupportProperties() {
		assertThat(SupportProperties.take(new LinkedHashMap<>(Map.of("build", "yocto")))).isSameAs(SupportInfo.NONE);
	}

}
