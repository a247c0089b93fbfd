package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S2, S6: what the JSON writer exports is valid against the official SPDX 2.3 JSON schema
 * (from {@code ../shared/data}; skipped when absent).
 */
class Spdx23SchemaTest {

	static final Path SCHEMA = SpdxFixtures.SHARED_DATA.resolve("spdx/spec-2.3/schemas/spdx-schema.json");

	static Schema schema;

	@BeforeAll
	static void loadSchema() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(SCHEMA),
				"Skipped: the SPDX 2.3 schema " + SCHEMA.toAbsolutePath().normalize() + " is not present");
		schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
			.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
	}

	static List<Error> validate(byte[] json) {
		return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
	}

	@Test
	void acceptsTheSpecificationsOwnExample() {
		assertThat(validate(SpdxFixtures.sharedFile("spdx/spec-2.3/examples/SPDXJSONExample-v2.3.spdx.json")))
			.isEmpty();
	}

	@Test
	void acceptsTheDeviceSbomAsWritten() {
		assertThat(validate(new Spdx2JsonWriter().write(SpdxFixtures.infusionPump()))).isEmpty();
	}

	@Test
	void acceptsAnSbomWithNothingButBareComponents() {
		SbomDocument bare = new SbomDocument(SbomFormat.CSV, null, SbomMetadata.empty(),
				List.of(SbomComponent.named("a", null, null), SbomComponent.named("b", "b", null)), List.of(),
				List.of());
		assertThat(validate(new Spdx2JsonWriter().write(bare))).isEmpty();
	}

	@Test
	void acceptsARealLargeSbomWrittenBack() {
		byte[] trivy = SpdxFixtures.sharedFile(SpdxConformanceTest.TRIVY);
		assertThat(validate(new Spdx2JsonWriter().write(new Spdx2JsonReader().read(trivy)))).isEmpty();
	}

	@Test
	void acceptsARealSbomWithHashesAndExtractedLicencesWrittenBack() {
		for (String file : List.of("spdx/spdx-examples/software/example9/spdx2.2/appbomination.spdx.json",
				"spdx/spdx-examples/presentations/SBOMS-SPDX-Now-and-Future/ACME-v2.3.spdx.json")) {
			byte[] source = SpdxFixtures.sharedFile(file);
			assertThat(validate(new Spdx2JsonWriter().write(new Spdx2JsonReader().read(source)))).as(file).isEmpty();
		}
	}

}
