package dev.mamori.sbom.format.spdx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Writes the model as SPDX 2.3 JSON, UTF-8, pretty-printed (S2, S6); the content is laid
 * out by {@link Spdx23Layout}. Apart from the namespace's UUID (when the SBOM has no URI
 * serial number) and the creation time (when it has no timestamp), the same model always
 * gives the same bytes.
 */
public final class Spdx2JsonWriter implements SbomWriter {

	private static final JsonFactory JSON = new JsonFactory();

	private final Clock clock;

	private final Supplier<UUID> uuids;

	public Spdx2JsonWriter() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock gives the creation time of an SBOM without timestamp
	 */
	public Spdx2JsonWriter(Clock clock) {
		this(clock, UUID::randomUUID);
	}

	Spdx2JsonWriter(Clock clock, Supplier<UUID> uuids) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.uuids = Objects.requireNonNull(uuids, "uuids");
	}

	@Override
	public byte[] write(SbomDocument document) {
		Spdx23Document spdx = Spdx23Layout.of(document, this.clock, this.uuids);
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + 512 * spdx.packages().size());
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("spdxVersion", Spdx23Document.VERSION);
			json.writeStringField("dataLicense", Spdx23Document.DATA_LICENSE);
			json.writeStringField("SPDXID", Spdx23Document.DOCUMENT_ID);
			json.writeStringField("name", spdx.name());
			json.writeStringField("documentNamespace", spdx.namespace());
			json.writeObjectFieldStart("creationInfo");
			json.writeStringField("created", spdx.created());
			writeStrings(json, "creators", spdx.creators());
			json.writeEndObject();
			json.writeArrayFieldStart("packages");
			for (Spdx23Document.Package pack : spdx.packages()) {
				writePackage(json, pack);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("relationships");
			for (Spdx23Document.Relationship relationship : spdx.relationships()) {
				json.writeStartObject();
				json.writeStringField("spdxElementId", relationship.element());
				json.writeStringField("relationshipType", relationship.type());
				json.writeStringField("relatedSpdxElement", relationship.related());
				writeOptional(json, "comment", relationship.comment());
				json.writeEndObject();
			}
			json.writeEndArray();
			if (!spdx.extractedLicences().isEmpty()) {
				json.writeArrayFieldStart("hasExtractedLicensingInfos");
				for (Spdx23Document.ExtractedLicence licence : spdx.extractedLicences()) {
					json.writeStartObject();
					json.writeStringField("licenseId", licence.id());
					json.writeStringField("extractedText", licence.text());
					writeOptional(json, "name", licence.name());
					json.writeEndObject();
				}
				json.writeEndArray();
			}
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void writePackage(JsonGenerator json, Spdx23Document.Package pack) throws IOException {
		json.writeStartObject();
		json.writeStringField("SPDXID", pack.spdxId());
		json.writeStringField("name", pack.name());
		writeOptional(json, "versionInfo", pack.version());
		json.writeStringField("supplier", pack.supplier());
		json.writeStringField("downloadLocation", pack.downloadLocation());
		json.writeBooleanField("filesAnalyzed", false);
		writeOptional(json, "homepage", pack.homepage());
		if (!pack.checksums().isEmpty()) {
			json.writeArrayFieldStart("checksums");
			for (Spdx23Document.Checksum checksum : pack.checksums()) {
				json.writeStartObject();
				json.writeStringField("algorithm", checksum.algorithm());
				json.writeStringField("checksumValue", checksum.value());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		json.writeStringField("licenseConcluded", SpdxText.NOASSERTION);
		json.writeStringField("licenseDeclared", pack.licenseDeclared());
		json.writeStringField("copyrightText", SpdxText.NOASSERTION);
		writeOptional(json, "description", pack.description());
		writeOptional(json, "comment", pack.comment());
		if (!pack.externalRefs().isEmpty()) {
			json.writeArrayFieldStart("externalRefs");
			for (Spdx23Document.ExternalRef ref : pack.externalRefs()) {
				json.writeStartObject();
				json.writeStringField("referenceCategory", ref.category());
				json.writeStringField("referenceType", ref.type());
				json.writeStringField("referenceLocator", ref.locator());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		// The JSON schema spells OPERATING_SYSTEM; tag-value, OPERATING-SYSTEM.
		writeOptional(json, "primaryPackagePurpose",
				(pack.purpose() != null) ? pack.purpose().replace('-', '_') : null);
		writeOptional(json, "validUntilDate", pack.validUntil());
		json.writeEndObject();
	}

	private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
		json.writeArrayFieldStart(field);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
		if (value != null) {
			json.writeStringField(field, value);
		}
	}

}
