package dev.mamori.sbom.format.cyclonedx;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import org.cyclonedx.Version;

/**
 * Reads CycloneDX JSON 1.4 to 1.6 (S2): parses it, validates it against the schema of its
 * {@code specVersion} ({@link CycloneDxSchemas}) and maps it ({@link CycloneDxMapping}).
 * Malformed JSON is refused with its line and column, an invalid document with its first
 * schema errors and their JSON pointers.
 */
public final class CycloneDxJsonReader implements SbomReader {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	@Override
	public SbomDocument read(byte[] content) {
		JsonNode bom = parse(content);
		JsonNode declared = bom.path("specVersion");
		Version version = CycloneDxVersions.require(declared.isValueNode() ? declared.asText() : null, "/specVersion");
		List<ReadWarning> warnings = CycloneDxSchemas.validateJson(bom, version);
		return CycloneDxMapping.map(bom, SbomFormat.CYCLONEDX_JSON, warnings);
	}

	private static JsonNode parse(byte[] content) {
		try {
			return MAPPER.readTree(content);
		}
		catch (JsonProcessingException ex) {
			throw SbomReadException.malformedJson(ex);
		}
		catch (IOException ex) {
			throw new SbomReadException("sbom.read.malformedJson", null, 0, 0, ex.getMessage());
		}
	}

}
