package dev.mamori.sbom.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.mamori.sbom.SbomFixtures;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.quality.NtiaCheck;
import org.junit.jupiter.api.Test;

/**
 * S1: a vendor SBOM's components appear under the component it describes, as supplied by
 * the vendor.
 */
class VendorMergeTest {

	/**
	 * Microsoft's SBOM of Windows 10: the OS itself, containing a kernel and a browser
	 * engine.
	 */
	static SbomDocument windowsSbom() {
		SbomComponent os = SbomFixtures.windows().withRef("os");
		SbomComponent kernel = SbomFixtures.component("kernel", "Microsoft", "ntoskrnl", "10.0.19041",
				"pkg:generic/microsoft/ntoskrnl@10.0.19041", "ee55");
		SbomComponent engine = SbomFixtures.component("engine", "Microsoft", "EdgeHTML", "18",
				"pkg:generic/microsoft/edgehtml@18", "ff66");
		return SbomFixtures.document(List.of(os, kernel, engine));
	}

	@Test
	void placesVendorComponentsUnderTheComponentTheyDescribe() {
		SbomDocument product = SbomFixtures.medicalDevice2();
		VendorPart vendor = new VendorPart(ComponentKey.of(SbomFixtures.windows()), "Microsoft (windows.cdx.json)",
				"v1:", windowsSbom());
		VendorMerge.Result result = VendorMerge.merge(product, List.of(vendor));
		SbomDocument combined = result.combined();
		assertThat(result.unattached()).isEmpty();
		assertThat(combined.components()).hasSize(6);
		assertThat(combined.component("v1:kernel")).hasValueSatisfying((kernel) -> assertThat(kernel.properties())
			.containsEntry(VendorMerge.SUPPLIED_BY, "Microsoft (windows.cdx.json)"));
		assertThat(combined.relationships()).contains(
				Relationship.of("windows", "v1:kernel", RelationshipType.CONTAINS),
				Relationship.of("windows", "v1:engine", RelationshipType.CONTAINS));
		assertThat(combined.relationships())
			.noneMatch((relationship) -> relationship.to().equals("v1:os") || relationship.from().equals("v1:os"));
		assertThat(NtiaCheck.check(combined).complete()).isTrue();
	}

	@Test
	void keepsAVendorSbomWhoseComponentIsGoneAsUnattached() {
		SbomDocument product = SbomFixtures.document(List.of(SbomFixtures.device(), SbomFixtures.java()));
		VendorPart vendor = new VendorPart(ComponentKey.of(SbomFixtures.windows()), "Microsoft", "v1:", windowsSbom());
		VendorMerge.Result result = VendorMerge.merge(product, List.of(vendor));
		assertThat(result.unattached()).containsExactly(vendor);
		assertThat(result.combined().components()).hasSize(2);
	}

}
