package dev.mamori.sbom.format.spdx;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Writes the model as SPDX 2.3 tag-value, UTF-8 (S2, S6), with the same content as
 * {@link Spdx2JsonWriter} ({@link Spdx23Layout}). Free text (descriptions, comments,
 * licence texts) is written in {@code <text>} blocks; other values are put on one line,
 * and spaces in reference locators are percent-encoded, since tag-value separates the
 * parts of an {@code ExternalRef} by spaces.
 */
public final class SpdxTagValueWriter implements SbomWriter {

	private final Clock clock;

	private final Supplier<UUID> uuids;

	public SpdxTagValueWriter() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock gives the creation time of an SBOM without timestamp
	 */
	public SpdxTagValueWriter(Clock clock) {
		this(clock, UUID::randomUUID);
	}

	SpdxTagValueWriter(Clock clock, Supplier<UUID> uuids) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.uuids = Objects.requireNonNull(uuids, "uuids");
	}

	@Override
	public byte[] write(SbomDocument document) {
		Spdx23Document spdx = Spdx23Layout.of(document, this.clock, this.uuids);
		StringBuilder out = new StringBuilder(4096 + 400 * spdx.packages().size());
		tag(out, "SPDXVersion", Spdx23Document.VERSION);
		tag(out, "DataLicense", Spdx23Document.DATA_LICENSE);
		tag(out, "SPDXID", Spdx23Document.DOCUMENT_ID);
		tag(out, "DocumentName", spdx.name());
		tag(out, "DocumentNamespace", spdx.namespace());
		for (String creator : spdx.creators()) {
			tag(out, "Creator", creator);
		}
		tag(out, "Created", spdx.created());
		for (Spdx23Document.Package pack : spdx.packages()) {
			writePackage(out, pack);
		}
		if (!spdx.relationships().isEmpty()) {
			out.append("\n##### Relationships\n\n");
		}
		for (Spdx23Document.Relationship relationship : spdx.relationships()) {
			tag(out, "Relationship", relationship.element() + " " + relationship.type() + " " + relationship.related());
			if (relationship.comment() != null) {
				text(out, "RelationshipComment", relationship.comment());
			}
		}
		for (Spdx23Document.ExtractedLicence licence : spdx.extractedLicences()) {
			out.append('\n');
			tag(out, "LicenseID", licence.id());
			text(out, "ExtractedText", licence.text());
			if (licence.name() != null) {
				tag(out, "LicenseName", licence.name());
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void writePackage(StringBuilder out, Spdx23Document.Package pack) {
		out.append("\n##### Package: ").append(Spdx23Layout.oneLine(pack.name())).append("\n\n");
		tag(out, "PackageName", pack.name());
		tag(out, "SPDXID", pack.spdxId());
		tag(out, "PackageVersion", pack.version());
		tag(out, "PackageSupplier", pack.supplier());
		tag(out, "PackageDownloadLocation", pack.downloadLocation());
		tag(out, "FilesAnalyzed", "false");
		tag(out, "PackageHomePage", pack.homepage());
		for (Spdx23Document.Checksum checksum : pack.checksums()) {
			tag(out, "PackageChecksum", checksum.algorithm() + ": " + checksum.value());
		}
		tag(out, "PackageLicenseConcluded", SpdxText.NOASSERTION);
		tag(out, "PackageLicenseDeclared", pack.licenseDeclared());
		tag(out, "PackageCopyrightText", SpdxText.NOASSERTION);
		text(out, "PackageDescription", pack.description());
		text(out, "PackageComment", pack.comment());
		for (Spdx23Document.ExternalRef ref : pack.externalRefs()) {
			tag(out, "ExternalRef", ref.category() + " " + ref.type() + " " + ref.locator().replace(" ", "%20"));
		}
		tag(out, "PrimaryPackagePurpose", pack.purpose());
		tag(out, "ValidUntilDate", pack.validUntil());
	}

	private static void tag(StringBuilder out, String tag, String value) {
		if (value != null) {
			out.append(tag).append(": ").append(Spdx23Layout.oneLine(value)).append('\n');
		}
	}

	/** A {@code <text>} block; a {@code </text>} inside the text would end it early. */
	private static void text(StringBuilder out, String tag, String value) {
		if (value != null) {
			out.append(tag).append(": <text>").append(value.replace("</text>", "</ text>")).append("</text>\n");
		}
	}

}
