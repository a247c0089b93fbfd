package dev.mamori.sbom.format.spdx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Test documents: small ones written here, and the shared real data when present. */
final class SpdxFixtures {

	/** Real SBOMs collected for the team, next to the project (not in the repository). */
	static final Path SHARED_DATA = Path.of("../shared/data");

	static final Instant TIMESTAMP = Instant.parse("2025-04-01T09:30:00Z");

	private SpdxFixtures() {
	}

	static byte[] resource(String name) {
		try (InputStream in = SpdxFixtures.class.getResourceAsStream("/sbom/spdx/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] sharedFile(String relative) {
		try {
			return Files.readAllBytes(SHARED_DATA.resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A device SBOM as another format (CycloneDX, a CSV) would give it: refs that are no
	 * SPDXIDs, a CPE-only component, a name that is no SPDX licence, support as text,
	 * Japanese text, and relationships of every kind.
	 */
	static SbomDocument infusionPump() {
		SbomComponent firmware = new SbomComponent("pump-firmware", "firmware", "Example Medical", "pump-firmware",
				"2.1.0", "pkg:generic/example/pump-firmware@2.1.0", List.of(), null,
				List.of(new ComponentHash("SHA-256",
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
				List.of("Example Medical EULA"), "Firmware of the pump", new SupportInfo("Actively maintained",
						"2031-03-31", LocalDate.of(2031, 3, 31), LocalDate.of(2033, 3, 31)),
				Map.of());
		SbomComponent openssl = new SbomComponent("pkg:generic/openssl@3.0.13", "library",
				"OpenSSL Software Foundation", "openssl", "3.0.13", "pkg:generic/openssl@3.0.13",
				List.of("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"), null,
				List.of(new ComponentHash("SHA-1", "b6f6f4c3a6e2b1b8a8e4a6f3e1d2c3b4a5f6e7d8"),
						new ComponentHash("SHA-256",
								"5c5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f")),
				List.of("Apache-2.0"), null, new SupportInfo(null, "Until hardware support ends", null, null),
				Map.of());
		SbomComponent rtos = new SbomComponent("rtos", "operating-system", "RTOS Project", "rtos-kernel", "10.5.1",
				null, List.of("cpe:/o:example:rtos-kernel:10.5.1"), null,
				List.of(new ComponentHash("SHA-512",
						"cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce")),
				List.of("MIT"), null, SupportInfo.NONE, Map.of());
		SbomComponent zlib = new SbomComponent("zlib", "library", "Jean-loup Gailly and Mark Adler", "zlib", "1.3.1",
				"pkg:github/madler/zlib@1.3.1", List.of(), null,
				List.of(new ComponentHash("SHA3-256",
						"a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")),
				List.of("Zlib"), null, SupportInfo.NONE, Map.of());
		SbomComponent ui = new SbomComponent("pkg:npm/@vendor/ui@4.2.0", "library", "ベンダー株式会社", "@vendor/ui", "4.2.0",
				"pkg:npm/%40vendor/ui@4.2.0", List.of(), null,
				List.of(new ComponentHash("MD5", "d41d8cd98f00b204e9800998ecf8427e")),
				List.of("MIT OR Apache-2.0", "Vendor UI License"), "タッチパネルの画面\n(操作部)", SupportInfo.NONE, Map.of());
		SbomMetadata metadata = new SbomMetadata("infusion-pump-2.1", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
				TIMESTAMP, List.of("Example Medical"), List.of("sbom-builder 1.4"), "Example Medical", "pump-firmware");
		List<Relationship> relationships = List.of(
				Relationship.of("pump-firmware", "pkg:generic/openssl@3.0.13", RelationshipType.CONTAINS),
				Relationship.of("pump-firmware", "rtos", RelationshipType.CONTAINS),
				Relationship.of("pump-firmware", "pkg:npm/@vendor/ui@4.2.0", RelationshipType.CONTAINS),
				Relationship.of("pkg:generic/openssl@3.0.13", "zlib", RelationshipType.DEPENDS_ON),
				new Relationship("pkg:npm/@vendor/ui@4.2.0", "zlib", RelationshipType.OTHER, "dev-tool"));
		return new SbomDocument(SbomFormat.CYCLONEDX_JSON, "1.6", metadata, List.of(firmware, openssl, rtos, zlib, ui),
				relationships, List.of());
	}

}
