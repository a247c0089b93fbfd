package dev.mamori.sbom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.sbom.SbomFixtures;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.model.SbomComponent;
import org.junit.jupiter.api.Test;

/**
 * P3 (T§5.4): Windows 10 support ends on 2025-10-14; which devices does that leave
 * exposed?
 */
class SupportRulesTest {

	static final SbomComponent WINDOWS = SbomFixtures.windows();

	static final LocalDate WINDOWS_EOS = LocalDate.of(2025, 10, 14);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static List<SupportFlag> flags(LocalDate eol, LocalDate eos, List<ManualSupport> manual) {
		return SupportRules.flags(List.of(WINDOWS, SbomFixtures.acrobat()), manual, LocalDate.of(2020, 4, 1), eol, eos,
				TODAY);
	}

	@Test
	void flagsAComponentEndingBeforeTheDevicesEol() {
		assertThat(flags(LocalDate.of(2027, 3, 31), LocalDate.of(2029, 3, 31), List.of())).singleElement()
			.satisfies((flag) -> {
				assertThat(flag.component().name()).isEqualTo("Windows 10");
				assertThat(flag.endOfSupport()).isEqualTo(WINDOWS_EOS);
				assertThat(flag.against()).isEqualTo(SupportFlag.Against.EOL);
				assertThat(flag.source()).isEqualTo(SupportFlag.Source.SBOM);
			});
	}

	@Test
	void flagsAComponentEndingBeforeTheDevicesEosWhenEolIsEarlier() {
		assertThat(flags(LocalDate.of(2025, 3, 31), LocalDate.of(2027, 3, 31), List.of())).singleElement()
			.satisfies((flag) -> assertThat(flag.against()).isEqualTo(SupportFlag.Against.EOS));
	}

	@Test
	void doesNotFlagAComponentOutlivingTheDevice() {
		assertThat(flags(LocalDate.of(2024, 3, 31), LocalDate.of(2025, 3, 31), List.of())).isEmpty();
		assertThat(flags(WINDOWS_EOS, WINDOWS_EOS, List.of())).as("ending on the same day").isEmpty();
	}

	@Test
	void flagsSupportThatAlreadyEndedWhileTheDevicesEolIsUnknown() {
		assertThat(flags(null, null, List.of())).singleElement()
			.satisfies((flag) -> assertThat(flag.against()).isEqualTo(SupportFlag.Against.TODAY));
	}

	@Test
	void prefersADateEnteredByHandForThatVersion() {
		String key = ComponentKey.of(WINDOWS);
		List<ManualSupport> manual = List.of(
				new ManualSupport(UUID.randomUUID(), key, null, LocalDate.of(2030, 1, 1), "ESU for all", "psirt"),
				new ManualSupport(UUID.randomUUID(), key, "21H2", LocalDate.of(2024, 6, 11), "21H2 ended earlier",
						"psirt"));
		assertThat(flags(LocalDate.of(2027, 3, 31), null, manual)).singleElement().satisfies((flag) -> {
			assertThat(flag.endOfSupport()).isEqualTo(LocalDate.of(2024, 6, 11));
			assertThat(flag.source()).isEqualTo(SupportFlag.Source.MANUAL);
		});
	}

	@Test
	void letsAnEntryForAllVersionsExtendSupport() {
		List<ManualSupport> extended = List.of(new ManualSupport(UUID.randomUUID(), ComponentKey.of(WINDOWS), null,
				LocalDate.of(2030, 1, 1), "Extended Security Updates contracted", "psirt"));
		assertThat(flags(LocalDate.of(2027, 3, 31), null, extended)).isEmpty();
	}

}
