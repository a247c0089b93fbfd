package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;

/**
 * Reads SPDX 2.x tag-value into the model (S2, S3), with the same mapping as the JSON
 * reader ({@link Spdx2Mapper}). {@code PackageName} starts a package, {@code FileName} a
 * file, {@code SnippetSPDXID} a snippet and {@code LicenseID} an extracted licence; the
 * tags that follow belong to it. Tags Mamori does not use are skipped.
 * <p>
 * Refused, with the line number: a line that is not {@code Tag: value}, an unclosed
 * {@code <text>}, a package or file tag outside a package or file, an element without
 * name or {@code SPDXID}, and a {@code Relationship}, {@code ExternalRef} or checksum
 * without its parts. Lenient as the JSON reader is for everything else.
 */
public final class SpdxTagValueReader implements SbomReader {

	@Override
	public SbomDocument read(byte[] content) {
		return new Reading().read(TagValueLines.parse(content));
	}

	private enum Section {

		DOCUMENT, PACKAGE, FILE, SNIPPET, LICENCE

	}

	/** The state of one read. */
	private static final class Reading {

		private String version;

		private int versionLine;

		private String documentId = "SPDXRef-DOCUMENT";

		private String name;

		private String namespace;

		private String created;

		private String createdLocation;

		private final List<String> creators = new ArrayList<>();

		private final List<Spdx2Element> packages = new ArrayList<>();

		private final List<Spdx2Element> files = new ArrayList<>();

		private final Set<String> otherIds = new HashSet<>();

		private final List<Spdx2Source.Relationship> relationships = new ArrayList<>();

		private final Map<String, String> licenceNames = new HashMap<>();

		private Section section = Section.DOCUMENT;

		private Spdx2Element.Builder element;

		private int elementLine;

		private String licenceId;

		SbomDocument read(List<TagValueLines.Tag> tags) {
			for (TagValueLines.Tag tag : tags) {
				accept(tag);
			}
			finishElement();
			if (this.version == null) {
				throw new SbomReadException("sbom.spdx.missingField", "line 1", "SPDXVersion");
			}
			if (!Spdx2JsonReader.VERSION_2.matcher(this.version).matches()) {
				throw new SbomReadException("sbom.spdx.unsupportedVersion", "line " + this.versionLine, this.version);
			}
			return Spdx2Mapper.map(new Spdx2Source(SbomFormat.SPDX_TAG_VALUE, this.version, this.documentId, this.name,
					this.namespace, this.created, this.createdLocation, this.creators, List.of(), null, this.packages,
					this.files, this.otherIds, this.relationships, this.licenceNames));
		}

		private void accept(TagValueLines.Tag tag) {
			String value = tag.value();
			switch (tag.name()) {
				case "SPDXVersion" -> {
					this.version = SpdxText.clean(value);
					this.versionLine = tag.line();
				}
				case "DocumentName" -> this.name = value;
				case "DocumentNamespace" -> this.namespace = value;
				case "Creator" -> this.creators.add(value);
				case "Created" -> {
					this.created = value;
					this.createdLocation = tag.location();
				}
				case "SPDXID" -> spdxId(value);
				case "Relationship" -> relationship(tag);
				case "PackageName" -> start(Section.PACKAGE, tag).name(value);
				case "FileName" -> start(Section.FILE, tag).name(value);
				case "SnippetSPDXID" -> {
					start(Section.SNIPPET, tag);
					this.otherIds.add(value.strip());
				}
				case "LicenseID" -> {
					start(Section.LICENCE, tag);
					this.licenceId = value.strip();
				}
				case "LicenseName" -> {
					if (this.section == Section.LICENCE && SpdxText.asserted(value) != null) {
						this.licenceNames.put(this.licenceId, value.strip());
					}
				}
				default -> acceptElementTag(tag);
			}
		}

		private void acceptElementTag(TagValueLines.Tag tag) {
			String value = tag.value();
			switch (tag.name()) {
				case "PackageVersion" -> inPackage(tag).version(value);
				case "PackageSupplier" -> inPackage(tag).supplier(value);
				case "PackageOriginator" -> inPackage(tag).originator(value);
				case "PackageLicenseConcluded" -> inPackage(tag).licenseConcluded(value);
				case "PackageLicenseDeclared" -> inPackage(tag).licenseDeclared(value);
				case "PrimaryPackagePurpose" -> inPackage(tag).purpose(value);
				case "PackageDescription" -> inPackage(tag).description(value);
				case "PackageSummary" -> inPackage(tag).summary(value);
				case "ValidUntilDate" -> inPackage(tag).validUntil(value);
				case "PackageComment" -> inPackage(tag).comment(value);
				case "PackageDownloadLocation" -> inPackage(tag).downloadLocation(value);
				case "PackageHomePage" -> inPackage(tag).homepage(value);
				case "PackageChecksum" -> checksum(inPackage(tag), tag);
				case "ExternalRef" -> externalRef(inPackage(tag), tag);
				case "FileChecksum" -> checksum(inFile(tag), tag);
				case "FileComment" -> inFile(tag).comment(value);
				case "LicenseConcluded" -> {
					// Files only; snippets write SnippetLicenseConcluded, packages
					// PackageLicenseConcluded.
					if (this.section == Section.FILE) {
						this.element.licenseConcluded(value);
					}
				}
				default -> {
					// A tag Mamori does not map (annotations, copyright, verification
					// code …).
				}
			}
		}

		private Spdx2Element.Builder start(Section next, TagValueLines.Tag tag) {
			finishElement();
			this.section = next;
			if (next == Section.PACKAGE || next == Section.FILE) {
				if (SpdxText.clean(tag.value()) == null) {
					throw new SbomReadException("sbom.spdx.missingField", tag.location(), tag.name());
				}
				this.element = new Spdx2Element.Builder(tag.location());
				this.elementLine = tag.line();
			}
			return this.element;
		}

		private void finishElement() {
			if (this.element == null) {
				return;
			}
			if (this.element.spdxId() == null) {
				throw new SbomReadException("sbom.spdx.tv.missingId", this.element.location(), this.elementLine);
			}
			((this.section == Section.PACKAGE) ? this.packages : this.files).add(this.element.build());
			this.element = null;
		}

		/**
		 * Before any element, {@code SPDXID} is the document's own; in a snippet or
		 * licence section it cannot occur and is ignored.
		 */
		private void spdxId(String value) {
			if (this.section == Section.DOCUMENT) {
				this.documentId = value.strip();
			}
			else if (this.element != null) {
				this.element.spdxId(value);
			}
		}

		private Spdx2Element.Builder inPackage(TagValueLines.Tag tag) {
			if (this.section != Section.PACKAGE) {
				throw new SbomReadException("sbom.spdx.tv.tagOutsideSection", tag.location(), tag.name(), tag.line());
			}
			return this.element;
		}

		private Spdx2Element.Builder inFile(TagValueLines.Tag tag) {
			if (this.section != Section.FILE) {
				throw new SbomReadException("sbom.spdx.tv.tagOutsideSection", tag.location(), tag.name(), tag.line());
			}
			return this.element;
		}

		/** {@code Relationship: SPDXRef-A TYPE SPDXRef-B}. */
		private void relationship(TagValueLines.Tag tag) {
			String[] parts = tag.value().strip().split("\\s+");
			if (parts.length < 3) {
				throw new SbomReadException("sbom.spdx.tv.malformedRelationship", tag.location(), tag.line());
			}
			this.relationships.add(new Spdx2Source.Relationship(parts[0], parts[1], parts[2], tag.location()));
		}

		/** {@code ExternalRef: CATEGORY TYPE LOCATOR}. */
		private static void externalRef(Spdx2Element.Builder builder, TagValueLines.Tag tag) {
			String[] parts = tag.value().strip().split("\\s+", 3);
			if (parts.length < 3) {
				throw new SbomReadException("sbom.spdx.tv.malformedExternalRef", tag.location(), tag.line());
			}
			builder.externalRef(parts[0], parts[1], parts[2]);
		}

		/** {@code PackageChecksum: SHA256: 11b6…} (and {@code FileChecksum}). */
		private static void checksum(Spdx2Element.Builder builder, TagValueLines.Tag tag) {
			int colon = tag.value().indexOf(':');
			if (colon <= 0) {
				throw new SbomReadException("sbom.spdx.tv.malformedChecksum", tag.location(), tag.line());
			}
			builder.checksum(tag.value().substring(0, colon).strip(), tag.value().substring(colon + 1), tag.location());
		}

	}

}
