package dev.mamori.sbom.format.cyclonedx;

import java.time.Instant;
import java.time.LocalDate;
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
 * A medical-device SBOM in the normalized model, as a manufacturer would keep it: an
 * infusion pump whose firmware contains an operating system, libraries and the pump
 * application, on a SoC whose support ends with the hardware. Every minimum element is
 * filled; a Japanese supplier name exercises encodings.
 */
public final class InfusionPumpSbom {

	public static final Instant TIMESTAMP = Instant.parse("2025-04-01T09:00:00Z");

	public static final String AUTHOR = "Mamori Medical PSIRT <psirt@example.com>";

	private InfusionPumpSbom() {
	}

	public static SbomDocument document() {
		List<SbomComponent> components = List.of(pump(), firmware(), linux(), openssl(), application(), zlib(), soc());
		List<Relationship> relationships = List.of(Relationship.of("pump", "firmware", RelationshipType.CONTAINS),
				Relationship.of("pump", "soc", RelationshipType.CONTAINS),
				Relationship.of("firmware", "linux", RelationshipType.CONTAINS),
				Relationship.of("firmware", "openssl", RelationshipType.CONTAINS),
				Relationship.of("firmware", "pump-app", RelationshipType.CONTAINS),
				Relationship.of("firmware", "zlib", RelationshipType.CONTAINS),
				Relationship.of("pump-app", "openssl", RelationshipType.DEPENDS_ON),
				Relationship.of("pump-app", "zlib", RelationshipType.DEPENDS_ON),
				Relationship.of("openssl", "zlib", RelationshipType.DEPENDS_ON));
		SbomMetadata metadata = new SbomMetadata("IP-200 輸液ポンプ", "urn:uuid:6f1b3c2e-9a7d-4e8b-b1c3-2d4e5f6a7b8c",
				TIMESTAMP, List.of(AUTHOR), List.of("Mamori 0.1.0"), "まもり医療機器株式会社", "pump");
		return new SbomDocument(SbomFormat.CYCLONEDX_JSON, "1.6", metadata, components, relationships, List.of());
	}

	static SbomComponent pump() {
		return new SbomComponent("pump", "device", "まもり医療機器株式会社", "IP-200 輸液ポンプ", "2.1.0",
				"pkg:generic/mamori/ip-200@2.1.0", List.of(), null, List.of(sha256("1")), List.of(),
				"Volumetric infusion pump", SupportInfo.NONE, Map.of());
	}

	static SbomComponent firmware() {
		return new SbomComponent("firmware", "firmware", "まもり医療機器株式会社", "ip200-firmware", "2.1.0", null,
				List.of("cpe:2.3:o:mamori:ip200_firmware:2.1.0:*:*:*:*:*:*:*"), null,
				List.of(sha256("2"), new ComponentHash("SHA-1", "a".repeat(40))), List.of("LicenseRef-Mamori"), null,
				new SupportInfo("Actively maintained", "2032-03-31", LocalDate.of(2032, 3, 31), null), Map.of());
	}

	static SbomComponent linux() {
		return new SbomComponent("linux", "operating-system", "The Linux Foundation", "linux-kernel", "5.10.180",
				"pkg:generic/linux@5.10.180", List.of("cpe:2.3:o:linux:linux_kernel:5.10.180:*:*:*:*:*:*:*"), null,
				List.of(sha256("3")), List.of("GPL-2.0-only"), null,
				new SupportInfo("LTS", "2026-12", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
				Map.of("build", "yocto kirkstone"));
	}

	static SbomComponent openssl() {
		return new SbomComponent("openssl", "library", "OpenSSL Software Foundation", "openssl", "3.0.13",
				"pkg:generic/openssl@3.0.13", List.of(), null, List.of(sha256("4")), List.of("Apache-2.0"), null,
				SupportInfo.NONE, Map.of());
	}

	static SbomComponent application() {
		return new SbomComponent("pump-app", "application", "まもり医療機器株式会社", "pump-control", "2.1.0", null, List.of(),
				"mamori.example+pump-control-2.1.0", List.of(sha256("5")), List.of(), "Dose control, alarms",
				SupportInfo.NONE, Map.of("group", "jp.mamori"));
	}

	static SbomComponent zlib() {
		return new SbomComponent("zlib", "library", "Jean-loup Gailly and Mark Adler", "zlib", "1.3.1",
				"pkg:generic/zlib@1.3.1", List.of(), null, List.of(sha256("6")), List.of("Zlib"), null,
				SupportInfo.NONE, Map.of());
	}

	static SbomComponent soc() {
		return new SbomComponent("soc", "device", "Texas Instruments", "AM3358", "rev 2.1", null,
				List.of("cpe:2.3:h:ti:am3358:-:*:*:*:*:*:*:*"), null, List.of(), List.of(), null,
				new SupportInfo(null, "Until hardware support ends", null, null), Map.of());
	}

	static ComponentHash sha256(String seed) {
		return new ComponentHash("SHA-256", seed.repeat(64));
	}

}
