package dev.mamori.sbom.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component of an SBOM, normalized from any format. Strings are trimmed and
 * {@code null} when absent (never empty); lists are never {@code null}.
 *
 * @param ref identifier unique within the document (CycloneDX {@code bom-ref}, SPDX
 * {@code SPDXID}, SWID {@code tagId}); readers generate one when the source has none
 * @param type CycloneDX component type vocabulary ({@code application}, {@code library},
 * {@code framework}, {@code operating-system}, {@code firmware}, {@code device},
 * {@code container}, {@code file} …); SPDX primary package purposes are mapped to it,
 * {@code null} when unknown
 * @param supplier the supplier's name (CycloneDX {@code supplier}, else
 * {@code manufacturer}, else {@code publisher}; SPDX {@code supplier}, else
 * {@code originator}; without the {@code Organization:} prefix)
 * @param purl the package URL as given (validity is checked by the NTIA check, not the
 * reader)
 * @param cpes CPE 2.3 or 2.2 names
 * @param swidTagId the SWID tag id, when the component has one
 * @param licenses licence identifiers, expressions or names
 * @param support the supplier's support statement, {@link SupportInfo#NONE} when absent
 * @param properties other name-value data kept from the source (CycloneDX properties and
 * the like)
 */
public record SbomComponent(String ref, String type, String supplier, String name, String version, String purl,
		List<String> cpes, String swidTagId, List<ComponentHash> hashes, List<String> licenses, String description,
		SupportInfo support, Map<String, String> properties) {

	public SbomComponent {
		Objects.requireNonNull(ref, "ref");
		cpes = List.copyOf(cpes);
		hashes = List.copyOf(hashes);
		licenses = List.copyOf(licenses);
		support = (support == null) ? SupportInfo.NONE : support;
		properties = Map.copyOf(properties);
	}

	/**
	 * A component with only a ref and a name; the rest empty. Handy for builders and
	 * tests.
	 */
	public static SbomComponent named(String ref, String name, String version) {
		return new SbomComponent(ref, null, null, name, version, null, List.of(), null, List.of(), List.of(), null,
				SupportInfo.NONE, Map.of());
	}

	/**
	 * Whether the component can be matched to vulnerabilities: it has a purl, a CPE or a
	 * SWID tag id.
	 */
	public boolean hasUniqueIdentifier() {
		return this.purl != null || !this.cpes.isEmpty() || this.swidTagId != null;
	}

	/** The identifier shown in tables: purl, else the first CPE, else the SWID tag id. */
	public String uniqueIdentifier() {
		if (this.purl != null) {
			return this.purl;
		}
		return !this.cpes.isEmpty() ? this.cpes.get(0) : this.swidTagId;
	}

	public SbomComponent withRef(String newRef) {
		return new SbomComponent(newRef, this.type, this.supplier, this.name, this.version, this.purl, this.cpes,
				this.swidTagId, this.hashes, this.licenses, this.description, this.support, this.properties);
	}

	public SbomComponent withSupplier(String newSupplier) {
		return new SbomComponent(this.ref, this.type, newSupplier, this.name, this.version, this.purl, this.cpes,
				this.swidTagId, this.hashes, this.licenses, this.description, this.support, this.properties);
	}

}
