package dev.mamori.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Versions are ordered as people read them (issue 2: "1.10 after 1.9; 2.0.0-rc1 before
 * 2.0.0").
 */
class VersionOrderTest {

	@Test
	void placesTenAfterNine() {
		assertThat(VersionOrder.INSTANCE.compare("1.10", "1.9")).isPositive();
	}

	@Test
	void placesAReleaseCandidateBeforeItsRelease() {
		assertThat(VersionOrder.INSTANCE.compare("2.0.0-rc1", "2.0.0")).isNegative();
		assertThat(VersionOrder.INSTANCE.compare("2.0.0-rc2", "2.0.0-rc10")).isNegative();
	}

	@Test
	void ignoresALeadingV() {
		assertThat(VersionOrder.INSTANCE.compare("v2.1", "2.0")).isPositive();
		assertThat(VersionOrder.INSTANCE.compare("V10", "v9")).isPositive();
	}

	@Test
	void ordersATypicalDeviceHistory() {
		List<String> versions = new ArrayList<>(List.of("2.10.0", "3.0.0-rc1", "2.3.0", "1.0", "2.9.1", "3.0.0"));
		versions.sort(VersionOrder.INSTANCE);
		assertThat(versions).containsExactly("1.0", "2.3.0", "2.9.1", "2.10.0", "3.0.0-rc1", "3.0.0");
	}

	@Test
	void breaksSemanticTiesByText() {
		assertThat(VersionOrder.INSTANCE.compare("1.0", "1.0.0")).isNotZero();
		assertThat(VersionOrder.INSTANCE.compare("1.0", "1.0.0"))
			.isEqualTo(-VersionOrder.INSTANCE.compare("1.0.0", "1.0"));
	}

	@Property
	void ordersNumericVersionsLikeTheirNumbers(@ForAll @IntRange(max = 500) int major,
			@ForAll @IntRange(max = 500) int minor, @ForAll @IntRange(max = 500) int otherMinor) {
		int expected = Integer.compare(minor, otherMinor);
		assertThat(Integer.signum(VersionOrder.INSTANCE.compare(major + "." + minor, major + "." + otherMinor)))
			.isEqualTo(expected);
	}

}
