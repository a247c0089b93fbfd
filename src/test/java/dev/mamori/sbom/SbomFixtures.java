package dev.mamori.sbom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;

/**
 * SBOMs for tests, shaped like the example of Table 5 of the guide: a device ("Medical
 * Device 2") containing Windows 10, Adobe Acrobat DC and a Java runtime.
 */
public final class SbomFixtures {

	public static final Instant ASSEMBLED = Instant.parse("2026-04-01T09:00:00Z");

	private SbomFixtures() {
	}

	public static SbomComponent component(String ref, String supplier, String name, String version, String purl,
			String sha256) {
		return new SbomComponent(ref, "application", supplier, name, version, purl, List.of(), null,
				(sha256 != null) ? List.of(new ComponentHash("SHA-256", sha256)) : List.of(), List.of(), null,
				SupportInfo.NONE, Map.of());
	}

	public static SbomComponent device() {
		return component("device", "MDM1", "Medical Device 2", "1.0", "pkg:generic/mdm1/medical-device-2@1.0", "aa11");
	}

	public static SbomComponent windows() {
		return new SbomComponent("windows", "operating-system", "Microsoft", "Windows 10", "21H2", null,
				List.of("cpe:2.3:o:microsoft:windows_10:21h2:*:*:*:*:*:*:*"), null,
				List.of(new ComponentHash("SHA-256", "bb22")), List.of("LicenseRef-Microsoft"), null,
				new SupportInfo("Actively maintained", "2025-10-14", java.time.LocalDate.of(2025, 10, 14), null),
				Map.of());
	}

	public static SbomComponent acrobat() {
		return component("acrobat", "Adobe", "Acrobat DC", "21.001.20135", "pkg:generic/adobe/acrobat-dc@21.001.20135",
				"cc33");
	}

	public static SbomComponent java() {
		return component("jre", "Oracle", "Java Runtime Environment", "8u301", "pkg:generic/oracle/jre@8u301", "dd44");
	}

	/**
	 * The device and its three components, each contained in the device; complete per
	 * NTIA.
	 */
	public static SbomDocument medicalDevice2() {
		return document(List.of(device(), windows(), acrobat(), java()));
	}

	/** A complete document over these components, each contained in the first. */
	public static SbomDocument document(List<SbomComponent> components) {
		List<Relationship> relationships = new ArrayList<>();
		for (SbomComponent component : components.subList(1, components.size())) {
			relationships.add(Relationship.of(components.get(0).ref(), component.ref(), RelationshipType.CONTAINS));
		}
		return new SbomDocument(SbomFormat.CYCLONEDX_JSON, "1.6",
				new SbomMetadata("Medical Device 2", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", ASSEMBLED,
						List.of("MDM1"), List.of("Mamori"), "MDM1", components.get(0).ref()),
				components, relationships, List.of());
	}

}
