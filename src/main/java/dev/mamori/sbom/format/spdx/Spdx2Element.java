package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SPDX 2 package or file as the document spells it, before mapping to the model. The
 * JSON and tag-value readers both fill one through its {@link Builder}.
 *
 * @param location where the element starts (JSON pointer or {@code line N}), for warnings
 */
record Spdx2Element(String spdxId, String name, String version, String supplier, String originator, String purl,
		List<String> cpes, String swidTagId, List<Checksum> checksums, String licenseConcluded, String licenseDeclared,
		String purpose, String description, String summary, String validUntil, String comment, String downloadLocation,
		String homepage, String location) {

	/** A checksum as declared, with where it was found. */
	record Checksum(String algorithm, String value, String location) {
	}

	/** Collects an element's fields as a reader meets them. */
	static final class Builder {

		private final String location;

		private String spdxId;

		private String name;

		private String version;

		private String supplier;

		private String originator;

		private String purl;

		private final List<String> cpes = new ArrayList<>(2);

		private String swidTagId;

		private final List<Checksum> checksums = new ArrayList<>(2);

		private String licenseConcluded;

		private String licenseDeclared;

		private String purpose;

		private String description;

		private String summary;

		private String validUntil;

		private String comment;

		private String downloadLocation;

		private String homepage;

		Builder(String location) {
			this.location = location;
		}

		String location() {
			return this.location;
		}

		String spdxId() {
			return this.spdxId;
		}

		Builder spdxId(String value) {
			this.spdxId = SpdxText.clean(value);
			return this;
		}

		Builder name(String value) {
			this.name = SpdxText.clean(value);
			return this;
		}

		Builder version(String value) {
			this.version = value;
			return this;
		}

		Builder supplier(String value) {
			this.supplier = value;
			return this;
		}

		Builder originator(String value) {
			this.originator = value;
			return this;
		}

		/**
		 * Takes the first package-manager purl, every CPE and a SWID tag id; other
		 * references (advisories, URLs) are not identifiers of the component. Tools write
		 * the category as {@code PACKAGE-MANAGER} (2.3) or {@code PACKAGE_MANAGER} (2.2);
		 * both are accepted.
		 */
		Builder externalRef(String category, String type, String locator) {
			String value = SpdxText.clean(locator);
			if (category == null || type == null || value == null) {
				return this;
			}
			String categoryKey = SpdxText.vocabularyKey(category);
			String typeKey = type.strip().toLowerCase(Locale.ROOT);
			if ("PACKAGEMANAGER".equals(categoryKey) && "purl".equals(typeKey)) {
				if (this.purl == null) {
					this.purl = value;
				}
			}
			else if ("SECURITY".equals(categoryKey) && ("cpe23type".equals(typeKey) || "cpe22type".equals(typeKey))) {
				if (!this.cpes.contains(value)) {
					this.cpes.add(value);
				}
			}
			else if ("SECURITY".equals(categoryKey) && "swid".equals(typeKey) && this.swidTagId == null) {
				this.swidTagId = value.regionMatches(true, 0, "swid:", 0, 5) ? SpdxText.clean(value.substring(5))
						: value;
			}
			return this;
		}

		Builder checksum(String algorithm, String value, String checksumLocation) {
			this.checksums.add(new Checksum(algorithm, value, checksumLocation));
			return this;
		}

		Builder licenseConcluded(String value) {
			this.licenseConcluded = value;
			return this;
		}

		Builder licenseDeclared(String value) {
			this.licenseDeclared = value;
			return this;
		}

		Builder purpose(String value) {
			this.purpose = value;
			return this;
		}

		Builder description(String value) {
			this.description = value;
			return this;
		}

		Builder summary(String value) {
			this.summary = value;
			return this;
		}

		Builder validUntil(String value) {
			this.validUntil = value;
			return this;
		}

		Builder comment(String value) {
			this.comment = value;
			return this;
		}

		Builder downloadLocation(String value) {
			this.downloadLocation = value;
			return this;
		}

		Builder homepage(String value) {
			this.homepage = value;
			return this;
		}

		Spdx2Element build() {
			return new Spdx2Element(this.spdxId, this.name, this.version, this.supplier, this.originator, this.purl,
					List.copyOf(this.cpes), this.swidTagId, List.copyOf(this.checksums), this.licenseConcluded,
					this.licenseDeclared, this.purpose, this.description, this.summary, this.validUntil, this.comment,
					this.downloadLocation, this.homepage, this.location);
		}

	}

}
