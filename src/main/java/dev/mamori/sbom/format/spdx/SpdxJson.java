package dev.mamori.sbom.format.spdx;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mamori.sbom.format.SbomReadException;

/**
 * Reading SPDX JSON strictly where the structure matters: a field that must be text, an
 * array or an object and is something else, or a required field that is missing, is
 * refused with its JSON pointer (RFC 6901) as the location and as the message argument.
 * Numbers and booleans are accepted where text is expected, since tools write versions as
 * numbers.
 */
final class SpdxJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private SpdxJson() {
	}

	/**
	 * The document as a tree; it is read once, and a tree of a 4 MB document takes a few
	 * tens of milliseconds.
	 * @throws SbomReadException {@code sbom.read.empty} or
	 * {@code sbom.read.malformedJson} with line and column
	 */
	static JsonNode parse(byte[] content) {
		try {
			JsonNode root = MAPPER.readTree(content);
			if (root == null || root.isMissingNode()) {
				throw new SbomReadException("sbom.read.empty", null);
			}
			return root;
		}
		catch (JsonProcessingException ex) {
			throw SbomReadException.malformedJson(ex);
		}
		catch (IOException ex) {
			throw new SbomReadException("sbom.read.malformedJson", null, 0, 0, ex.getMessage());
		}
	}

	static String pointer(String parent, String field) {
		return parent + "/" + field.replace("~", "~0").replace("/", "~1");
	}

	static String pointer(String parent, int index) {
		return parent + "/" + index;
	}

	/** The text of a field, or {@code null} when it is absent or JSON null. */
	static String text(JsonNode parent, String field, String parentPointer) {
		JsonNode value = parent.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isTextual()) {
			return value.textValue();
		}
		if (value.isValueNode()) {
			return value.asText();
		}
		String at = pointer(parentPointer, field);
		throw new SbomReadException("sbom.spdx.expectedText", at, at);
	}

	/** The text of a field that must be present and not blank. */
	static String requiredText(JsonNode parent, String field, String parentPointer) {
		String value = SpdxText.clean(text(parent, field, parentPointer));
		if (value == null) {
			String at = pointer(parentPointer, field);
			throw new SbomReadException("sbom.spdx.missingField", at, at);
		}
		return value;
	}

	/** An array field, or an empty array when it is absent or JSON null. */
	static JsonNode array(JsonNode parent, String field, String parentPointer) {
		JsonNode value = parent.get(field);
		if (value == null || value.isNull()) {
			return MAPPER.createArrayNode();
		}
		if (!value.isArray()) {
			String at = pointer(parentPointer, field);
			throw new SbomReadException("sbom.spdx.expectedArray", at, at);
		}
		return value;
	}

	/** An object field, or {@code null} when it is absent or JSON null. */
	static JsonNode object(JsonNode parent, String field, String parentPointer) {
		JsonNode value = parent.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			String at = pointer(parentPointer, field);
			throw new SbomReadException("sbom.spdx.expectedObject", at, at);
		}
		return value;
	}

	/** An array item that must be an object. */
	static JsonNode objectItem(JsonNode array, int index, String arrayPointer) {
		JsonNode item = array.get(index);
		if (!item.isObject()) {
			String at = pointer(arrayPointer, index);
			throw new SbomReadException("sbom.spdx.expectedObject", at, at);
		}
		return item;
	}

	/** An array item that must be text. */
	static String textItem(JsonNode array, int index, String arrayPointer) {
		JsonNode item = array.get(index);
		if (item.isTextual()) {
			return item.textValue();
		}
		if (item.isValueNode() && !item.isNull()) {
			return item.asText();
		}
		String at = pointer(arrayPointer, index);
		throw new SbomReadException("sbom.spdx.expectedText", at, at);
	}

}
