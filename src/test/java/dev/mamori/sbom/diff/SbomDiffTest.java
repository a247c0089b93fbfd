package dev.mamori.sbom.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mamori.sbom.SbomFixtures;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;

/** S4: what changed between two revisions or two product versions. */
class SbomDiffTest {

	static SbomComponent lib(String ref, String version, String supplier, String hash) {
		return SbomFixtures.component(ref, supplier, "openssl", version, "pkg:deb/debian/openssl@" + version, hash);
	}

	@Test
	void findsNothingBetweenEqualLists() {
		SbomDiff diff = SbomDiff.between(SbomFixtures.medicalDevice2().components(),
				SbomFixtures.medicalDevice2().components());
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.unchanged()).isEqualTo(4);
	}

	@Test
	void readsAnUpgradeAsAVersionChangeNotAsRemovalAndAddition() {
		SbomDiff diff = SbomDiff.between(List.of(lib("a", "1.1.1k", "OpenSSL", "aa")),
				List.of(lib("b", "3.0.13", "OpenSSL", "bb")));
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).singleElement().satisfies((change) -> {
			assertThat(change.key()).isEqualTo("pkg:deb/debian/openssl");
			assertThat(change.fields()).containsExactlyInAnyOrder(ChangedField.VERSION, ChangedField.HASH);
		});
	}

	@Test
	void reportsASupplierOrLicenceChangeAtTheSameVersion() {
		SbomComponent before = lib("a", "3.0.13", "OpenSSL", "aa");
		SbomComponent after = new SbomComponent("a", "library", "OpenSSL Software Foundation", "openssl", "3.0.13",
				"pkg:deb/debian/openssl@3.0.13", List.of(), null, List.of(new ComponentHash("SHA-256", "aa")),
				List.of("Apache-2.0"), null, SupportInfo.NONE, Map.of());
		assertThat(SbomDiff.between(List.of(before), List.of(after)).changed()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).containsExactlyInAnyOrder(ChangedField.SUPPLIER,
					ChangedField.LICENSE));
	}

	@Test
	void findsAddedAndRemovedComponents() {
		SbomDiff diff = SbomDiff.between(List.of(SbomFixtures.device(), SbomFixtures.windows(), SbomFixtures.acrobat()),
				List.of(SbomFixtures.device(), SbomFixtures.windows(), SbomFixtures.java()));
		assertThat(diff.added()).extracting(SbomComponent::name).containsExactly("Java Runtime Environment");
		assertThat(diff.removed()).extracting(SbomComponent::name).containsExactly("Acrobat DC");
		assertThat(diff.unchanged()).isEqualTo(2);
	}

	@Test
	void pairsSeveralCopiesOfOneLibraryByVersion() {
		SbomDiff diff = SbomDiff.between(List.of(lib("a", "1.0", "x", null), lib("b", "2.0", "x", null)),
				List.of(lib("c", "2.0", "x", null), lib("d", "1.10", "x", null), lib("e", "3.0", "x", null)));
		assertThat(diff.unchanged()).isEqualTo(1);
		assertThat(diff.changed()).singleElement()
			.satisfies((change) -> assertThat(change.after().version()).isEqualTo("1.10"));
		assertThat(diff.added()).extracting(SbomComponent::version).containsExactly("3.0");
	}

	@Test
	void matchesComponentsWithoutPurlByCpeThenByName() {
		SbomComponent windows = SbomFixtures.windows();
		SbomComponent newerWindows = new SbomComponent("w2", "operating-system", "Microsoft", "Windows 10", "22H2",
				null, List.of("cpe:2.3:o:microsoft:windows_10:22h2:*:*:*:*:*:*:*"), null, List.of(), List.of(), null,
				SupportInfo.NONE, Map.of());
		assertThat(SbomDiff.between(List.of(windows), List.of(newerWindows)).changed()).singleElement()
			.satisfies((change) -> assertThat(change.key()).isEqualTo("cpe:o:microsoft:windows_10"));
		assertThat(ComponentKey.of(SbomComponent.named("x", "Custom Firmware", "1")))
			.isEqualTo("name:/custom firmware");
	}

}
