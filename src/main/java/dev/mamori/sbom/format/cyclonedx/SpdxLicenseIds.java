package dev.mamori.sbom.format.cyclonedx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cyclonedx.model.Bom;

/**
 * The SPDX licence ids CycloneDX accepts in {@code license.id}: the enumeration of the
 * {@code spdx.schema.json} that cyclonedx-core-java bundles, so that what the writer
 * calls an id is exactly what the schema allows. Loaded once, on first use.
 */
final class SpdxLicenseIds {

	private static final String RESOURCE = "spdx.schema.json";

	private SpdxLicenseIds() {
	}

	/** The id as SPDX spells it, matched ignoring case; empty when it is no SPDX id. */
	static Optional<String> canonical(String candidate) {
		return Optional.ofNullable(Holder.IDS.get(candidate.strip().toLowerCase(Locale.ROOT)));
	}

	private static final class Holder {

		static final Map<String, String> IDS = load();

		private static Map<String, String> load() {
			try (InputStream in = Bom.class.getClassLoader().getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from cyclonedx-core-java");
				}
				JsonNode schema = new ObjectMapper().readTree(in);
				Map<String, String> ids = new HashMap<>();
				schema.path("enum").forEach((id) -> ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
				return Map.copyOf(ids);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
