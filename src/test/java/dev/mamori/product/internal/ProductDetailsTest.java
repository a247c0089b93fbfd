package dev.mamori.product.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.WirelessKind;
import org.junit.jupiter.api.Test;

/** P1: what a product must say about itself. */
class ProductDetailsTest {

	static ProductInput pump(String name, Set<InterfaceType> interfaces, Set<WirelessKind> wireless) {
		return new ProductInput(name, "IP-1", "汎用輸液ポンプ", DeviceClass.III, false, null, IntendedEnvironment.HOSPITAL,
				interfaces, wireless, null);
	}

	static ValidationFailedException refusal(ProductInput input) {
		try {
			ProductDetails.from(input);
		}
		catch (ValidationFailedException failure) {
			return failure;
		}
		throw new AssertionError("input was accepted: " + input);
	}

	@Test
	void acceptsAValidProductAndTrimsIt() {
		ProductDetails details = ProductDetails
			.from(pump("  輸液ポンプ  ", Set.of(InterfaceType.WIRELESS), Set.of(WirelessKind.WIFI)));
		assertThat(details.name()).isEqualTo("輸液ポンプ");
		assertThat(details.samd()).isFalse();
	}

	@Test
	void refusesATenMegabyteName() {
		String huge = "x".repeat(10 * 1024 * 1024);
		assertThat(refusal(pump(huge, Set.of(InterfaceType.NONE), Set.of())).violations())
			.extracting(Violation::field, Violation::code)
			.containsExactly(tuple("name", "validation.tooLong"));
	}

	@Test
	void reportsEveryMissingFieldAtOnce() {
		ProductInput empty = new ProductInput(null, " ", null, null, null, null, null, null, null, null);
		assertThat(refusal(empty).violations()).extracting(Violation::field)
			.containsExactlyInAnyOrder("name", "modelNumber", "genericName", "deviceClass", "intendedEnvironment",
					"interfaces");
	}

	@Test
	void refusesControlCharacters() {
		assertThat(refusal(pump("pump\u0000", Set.of(InterfaceType.NONE), Set.of())).violations())
			.extracting(Violation::code)
			.containsExactly("validation.controlCharacters");
	}

	@Test
	void refusesNoneWithOtherInterfaces() {
		assertThat(refusal(pump("p", Set.of(InterfaceType.NONE, InterfaceType.WIRED_NETWORK), Set.of())).violations())
			.extracting(Violation::code)
			.containsExactly("product.interfaces.noneExclusive");
	}

	@Test
	void requiresTheKindOfAWirelessInterface() {
		assertThat(refusal(pump("p", Set.of(InterfaceType.WIRELESS), Set.of())).violations())
			.extracting(Violation::code)
			.containsExactly("product.wirelessKinds.required");
	}

	@Test
	void refusesWirelessKindsWithoutAWirelessInterface() {
		assertThat(refusal(pump("p", Set.of(InterfaceType.WIRED_NETWORK), Set.of(WirelessKind.NFC))).violations())
			.extracting(Violation::code)
			.containsExactly("product.wirelessKinds.withoutWireless");
	}

	@Test
	void keepsInterfacesInCatalogOrder() {
		ProductDetails details = ProductDetails
			.from(pump("p", Set.of(InterfaceType.REMOVABLE_MEDIA, InterfaceType.WIRELESS, InterfaceType.WIRED_NETWORK),
					Set.of(WirelessKind.OTHER, WirelessKind.WIFI)));
		assertThat(details.interfaces()).containsExactly(InterfaceType.WIRED_NETWORK, InterfaceType.WIRELESS,
				InterfaceType.REMOVABLE_MEDIA);
		assertThat(details.wirelessKinds()).containsExactly(WirelessKind.WIFI, WirelessKind.OTHER);
	}

	@Test
	void refusesAVersionWithEosBeforeEol() {
		assertThatThrownBy(() -> VersionDetails.from(new VersionInput("1.0", java.time.LocalDate.of(2020, 1, 1),
				java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2024, 1, 1), null, null)))
			.isInstanceOfSatisfying(ValidationFailedException.class,
					(failure) -> assertThat(failure.violations()).extracting(Violation::field, Violation::code)
						.containsExactly(tuple("eosDate", "version.eos.beforeEol")));
	}

}
