package dev.mamori.sbom.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mamori.common.DocumentHead;
import dev.mamori.sbom.format.csv.Table5CsvReader;
import dev.mamori.sbom.format.csv.Table5CsvWriter;
import dev.mamori.sbom.format.cyclonedx.CycloneDxJsonReader;
import dev.mamori.sbom.format.cyclonedx.CycloneDxJsonWriter;
import dev.mamori.sbom.format.cyclonedx.CycloneDxXmlReader;
import dev.mamori.sbom.format.cyclonedx.CycloneDxXmlWriter;
import dev.mamori.sbom.format.spdx.Spdx2JsonReader;
import dev.mamori.sbom.format.spdx.Spdx2JsonWriter;
import dev.mamori.sbom.format.spdx.Spdx3JsonLdReader;
import dev.mamori.sbom.format.spdx.SpdxTagValueReader;
import dev.mamori.sbom.format.spdx.SpdxTagValueWriter;
import dev.mamori.sbom.format.swid.SwidXmlReader;
import dev.mamori.sbom.format.swid.SwidZipReader;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;

/**
 * Detects the format of an uploaded document from its content (never from its file name)
 * and reads or writes it with the matching reader or writer.
 */
public final class SbomFormats {

	/** The header line that marks a Table 5 CSV. */
	public static final String CSV_HEADER = "id,supplier,component,version,unique_identifier,hash,relationship,author,timestamp";

	private static final JsonFactory JSON = new JsonFactory();

	private SbomFormats() {
	}

	/** Detects the format and reads the document. */
	public static SbomDocument read(byte[] content) {
		return readerFor(detect(content)).read(content);
	}

	public static SbomReader readerFor(SbomFormat format) {
		return switch (format) {
			case CYCLONEDX_JSON -> new CycloneDxJsonReader();
			case CYCLONEDX_XML -> new CycloneDxXmlReader();
			case SPDX_JSON -> new Spdx2JsonReader();
			case SPDX_TAG_VALUE -> new SpdxTagValueReader();
			case SPDX3_JSONLD -> new Spdx3JsonLdReader();
			case SWID_XML -> new SwidXmlReader();
			case SWID_ZIP -> new SwidZipReader();
			case CSV -> new Table5CsvReader();
		};
	}

	public static SbomWriter writerFor(ExportFormat format) {
		return switch (format) {
			case CYCLONEDX_JSON -> new CycloneDxJsonWriter();
			case CYCLONEDX_XML -> new CycloneDxXmlWriter();
			case SPDX_JSON -> new Spdx2JsonWriter();
			case SPDX_TAG_VALUE -> new SpdxTagValueWriter();
			case CSV -> new Table5CsvWriter();
		};
	}

	/**
	 * The format of a document, judged by its content.
	 * @throws SbomReadException when it is empty, not UTF-8 text or zip, or no SBOM
	 * format Mamori reads
	 */
	public static SbomFormat detect(byte[] content) {
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return SbomFormat.SWID_ZIP;
		}
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			throw new SbomReadException("sbom.read.encoding", null);
		}
		int start = DocumentHead.contentStart(content);
		if (start >= content.length) {
			throw new SbomReadException("sbom.read.empty", null);
		}
		return switch (content[start]) {
			case '{' -> detectJson(content);
			case '<' -> detectXml(content);
			default -> detectText(content, start);
		};
	}

	private static SbomFormat detectJson(byte[] content) {
		try (JsonParser parser = JSON.createParser(content)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("bomFormat".equals(field) && value == JsonToken.VALUE_STRING) {
					if ("CycloneDX".equals(parser.getText())) {
						return SbomFormat.CYCLONEDX_JSON;
					}
					throw new SbomReadException("sbom.read.unknownFormat", "/bomFormat");
				}
				if ("spdxVersion".equals(field)) {
					return SbomFormat.SPDX_JSON;
				}
				if ("@context".equals(field)) {
					String context = (value == JsonToken.VALUE_STRING) ? parser.getText() : readArrayText(parser);
					if (context.contains("spdx.org/rdf/3")) {
						return SbomFormat.SPDX3_JSONLD;
					}
					continue;
				}
				parser.skipChildren();
			}
			throw new SbomReadException("sbom.read.unknownFormat", null);
		}
		catch (JsonParseException ex) {
			throw SbomReadException.malformedJson(ex);
		}
		catch (IOException ex) {
			throw new SbomReadException("sbom.read.malformedJson", null, 0, 0, ex.getMessage());
		}
	}

	private static String readArrayText(JsonParser parser) throws IOException {
		StringBuilder text = new StringBuilder();
		if (parser.currentToken() == JsonToken.START_ARRAY) {
			while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
				if (parser.currentToken() == JsonToken.VALUE_STRING) {
					text.append(parser.getText()).append(' ');
				}
				else {
					parser.skipChildren();
				}
			}
		}
		else {
			parser.skipChildren();
		}
		return text.toString();
	}

	private static SbomFormat detectXml(byte[] content) {
		SafeXml.Root root = SafeXml.requireNoDoctype(content);
		String namespace = (root.namespace() != null) ? root.namespace() : "";
		if ("bom".equals(root.localName()) && namespace.startsWith("http://cyclonedx.org/schema/bom/")) {
			return SbomFormat.CYCLONEDX_XML;
		}
		if ("SoftwareIdentity".equals(root.localName())) {
			return SbomFormat.SWID_XML;
		}
		throw new SbomReadException("sbom.read.unknownXml", null, root.localName(), namespace);
	}

	private static SbomFormat detectText(byte[] content, int start) {
		String head = new String(content, start, Math.min(content.length - start, 4096), StandardCharsets.UTF_8);
		for (String line : head.split("\r?\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (trimmed.startsWith("SPDXVersion:")) {
				return SbomFormat.SPDX_TAG_VALUE;
			}
			break;
		}
		if (Table5CsvReader.startsWithHeader(content)) {
			return SbomFormat.CSV;
		}
		throw new SbomReadException("sbom.read.unknownFormat", null);
	}

}
