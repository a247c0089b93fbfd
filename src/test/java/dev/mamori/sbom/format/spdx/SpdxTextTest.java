package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The small SPDX text rules the readers share. */
class SpdxTextTest {

	@Test
	void stripsTheAgentPrefixAndAnEmailInParentheses() {
		assertThat(SpdxText.agentName("Organization: Example Medical (psirt@example.com)"))
			.isEqualTo("Example Medical");
		assertThat(SpdxText.agentName("Person: Jane Doe ()")).isEqualTo("Jane Doe");
		assertThat(SpdxText.agentName("Tool: syft-0.64.0")).isEqualTo("syft-0.64.0");
		assertThat(SpdxText.agentName("organization:Acme")).isEqualTo("Acme");
	}

	@Test
	void keepsAParenthesisThatIsPartOfTheName() {
		assertThat(SpdxText.agentName("Organization: Example (Japan) K.K.")).isEqualTo("Example (Japan) K.K.");
		assertThat(SpdxText.agentName("Organization: Example (Japan)")).isEqualTo("Example (Japan)");
	}

	@Test
	void readsNoAssertionAndNoneAsNoValue() {
		assertThat(SpdxText.agentName("NOASSERTION")).isNull();
		assertThat(SpdxText.asserted(" NONE ")).isNull();
		assertThat(SpdxText.asserted("")).isNull();
		assertThat(SpdxText.asserted(" MIT ")).isEqualTo("MIT");
	}

	@Test
	void readsSpdxDateTimesAndTheLenientFormsToolsWrite() {
		assertThat(SpdxText.instant("2010-01-29T18:30:22Z")).isEqualTo(Instant.parse("2010-01-29T18:30:22Z"));
		assertThat(SpdxText.instant("2022-11-17T10:26:31.274708288Z"))
			.isEqualTo(Instant.parse("2022-11-17T10:26:31.274708288Z"));
		assertThat(SpdxText.instant("2025-04-01T18:30:00+09:00")).isEqualTo(Instant.parse("2025-04-01T09:30:00Z"));
		assertThat(SpdxText.instant("2025-04-01T09:30:00")).isEqualTo(Instant.parse("2025-04-01T09:30:00Z"));
		assertThat(SpdxText.instant("2025-04-01")).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
		assertThat(SpdxText.instant("April 2025")).isNull();
		assertThat(SpdxText.date("2031-03-31T23:00:00-05:00")).isEqualTo(LocalDate.of(2031, 4, 1));
	}

	@Test
	void namesHashAlgorithmsAsCycloneDxWhateverTheSpdxSpelling() {
		assertThat(SpdxHashAlgorithms.toModel("SHA1")).isEqualTo("SHA-1");
		assertThat(SpdxHashAlgorithms.toModel("sha3_256")).isEqualTo("SHA3-256");
		assertThat(SpdxHashAlgorithms.toModel("blake2b512")).isEqualTo("BLAKE2b-512");
		assertThat(SpdxHashAlgorithms.toModel("ADLER32")).isEqualTo("ADLER32");
		assertThat(SpdxHashAlgorithms.toModel("crystalsKyber")).isNull();
		assertThat(SpdxHashAlgorithms.toSpdx2("SHA-256")).isEqualTo("SHA256");
		assertThat(SpdxHashAlgorithms.toSpdx2("BLAKE2b-256")).isEqualTo("BLAKE2b-256");
		assertThat(SpdxHashAlgorithms.toSpdx2("XXH3")).isNull();
	}

}
