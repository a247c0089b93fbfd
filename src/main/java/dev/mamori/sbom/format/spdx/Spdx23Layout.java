package dev.mamori.sbom.format.spdx;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;

/**
 * Lays out the model as an SPDX 2.3 document, for both writers (S2, S6).
 * <ul>
 * <li>SPDXIDs are {@code SPDXRef-} and the ref with characters SPDX does not allow
 * replaced by {@code -} (a ref that already is an SPDXID is kept), made unique.</li>
 * <li>{@code documentNamespace} is the serial number when it is an absolute URI without
 * fragment, else {@code https://spdx.org/spdxdocs/<name>-<uuid>}.</li>
 * <li>{@code created} is the SBOM's timestamp, else the time of writing, in whole seconds
 * as SPDX requires.</li>
 * <li>Creators: every author as {@code Organization:} (the model does not tell persons
 * from organizations), every tool as {@code Tool:}, and {@code Tool: Mamori}.</li>
 * <li>Packages: supplier as {@code Organization:} or {@code NOASSERTION}; purl, CPEs and
 * SWID tag id as external references; hashes SPDX 2.3 can name (others are left out); the
 * licences joined with {@code AND} as {@code licenseDeclared} (the model lists licences
 * that all apply), each one that is no valid SPDX expression as an extracted
 * {@code LicenseRef-} named after it; the download location and home page read from SPDX,
 * else {@code NOASSERTION}; the end-of-support date as {@code validUntilDate} and the
 * rest of the support statement as comment lines ({@link SupportComment}).</li>
 * <li>Relationships: the document {@code DESCRIBES} the subject (without one, every
 * component nothing else contains or depends on, since SPDX requires the document to
 * describe something); CONTAINS and DEPENDS_ON as such; OTHER under its declared type
 * when SPDX 2.3 has it, else as {@code OTHER} with the declared type in the comment.</li>
 * </ul>
 */
final class Spdx23Layout {

	static final String MAMORI = "Mamori";

	private final SbomDocument source;

	private final Map<String, String> spdxIds = new LinkedHashMap<>();

	private final Set<String> takenIds = new HashSet<>();

	private final Map<String, String> licenceRefs = new LinkedHashMap<>();

	private Spdx23Layout(SbomDocument source) {
		this.source = source;
		this.takenIds.add(Spdx23Document.DOCUMENT_ID);
	}

	static Spdx23Document of(SbomDocument document, Clock clock, Supplier<UUID> uuids) {
		return new Spdx23Layout(document).layout(clock, uuids);
	}

	private Spdx23Document layout(Clock clock, Supplier<UUID> uuids) {
		SbomMetadata metadata = this.source.metadata();
		for (SbomComponent component : this.source.components()) {
			this.spdxIds.put(component.ref(), uniqueId(component.ref()));
		}
		List<Spdx23Document.Package> packages = new ArrayList<>(this.source.components().size());
		for (SbomComponent component : this.source.components()) {
			packages.add(pack(component));
		}
		String name = documentName();
		Instant created = (metadata.timestamp() != null) ? metadata.timestamp() : clock.instant();
		return new Spdx23Document(name, namespace(metadata.serialNumber(), name, uuids),
				DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)), creators(), packages,
				relationships(), extractedLicences());
	}

	private String documentName() {
		if (this.source.metadata().name() != null) {
			return oneLine(this.source.metadata().name());
		}
		return this.source.subject().map(SbomComponent::name).map(Spdx23Layout::oneLine).orElse("SBOM");
	}

	private static String namespace(String serialNumber, String name, Supplier<UUID> uuids) {
		if (serialNumber != null) {
			try {
				URI uri = new URI(serialNumber);
				if (uri.isAbsolute() && uri.getRawFragment() == null) {
					return serialNumber;
				}
			}
			catch (URISyntaxException ex) {
				// not a URI: a namespace is made below
			}
		}
		String slug = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
		return "https://spdx.org/spdxdocs/" + slug + "-" + uuids.get();
	}

	private List<String> creators() {
		Set<String> creators = new LinkedHashSet<>();
		this.source.metadata().authors().forEach((author) -> creators.add("Organization: " + oneLine(author)));
		this.source.metadata().tools().forEach((tool) -> creators.add("Tool: " + oneLine(tool)));
		creators.add("Tool: " + MAMORI);
		return List.copyOf(creators);
	}

	private Spdx23Document.Package pack(SbomComponent component) {
		List<Spdx23Document.ExternalRef> refs = new ArrayList<>();
		if (component.purl() != null) {
			refs.add(new Spdx23Document.ExternalRef("PACKAGE-MANAGER", "purl", component.purl()));
		}
		for (String cpe : component.cpes()) {
			refs.add(new Spdx23Document.ExternalRef("SECURITY", cpe.startsWith("cpe:2.3:") ? "cpe23Type" : "cpe22Type",
					cpe));
		}
		if (component.swidTagId() != null) {
			refs.add(new Spdx23Document.ExternalRef("SECURITY", "swid", "swid:" + component.swidTagId()));
		}
		List<Spdx23Document.Checksum> checksums = new ArrayList<>();
		for (ComponentHash hash : component.hashes()) {
			String algorithm = SpdxHashAlgorithms.toSpdx2(hash.algorithm());
			if (algorithm != null) {
				checksums.add(new Spdx23Document.Checksum(algorithm, hash.value()));
			}
		}
		String supplier = (component.supplier() != null) ? "Organization: " + oneLine(component.supplier())
				: SpdxText.NOASSERTION;
		String validUntil = validUntil(component.support());
		return new Spdx23Document.Package(this.spdxIds.get(component.ref()),
				(component.name() != null) ? oneLine(component.name()) : SpdxText.NOASSERTION,
				(component.version() != null) ? oneLine(component.version()) : null, supplier,
				component.properties().getOrDefault(SpdxProperties.DOWNLOAD_LOCATION, SpdxText.NOASSERTION),
				component.properties().get(SpdxProperties.HOMEPAGE), checksums, licenseDeclared(component.licenses()),
				refs, SpdxPurposes.toSpdx2(component.type()), component.description(), validUntil,
				SupportComment.format(component.support(), validUntil));
	}

	/**
	 * The end-of-support date as {@code validUntilDate}: the statement itself when it is
	 * a date-time of that day (so that an SPDX value is written back as it was read),
	 * else midnight UTC of the date.
	 */
	private static String validUntil(SupportInfo support) {
		LocalDate date = support.endOfSupportDate();
		if (date == null) {
			return null;
		}
		Instant given = (support.endOfSupport() != null && support.endOfSupport().contains("T"))
				? SpdxText.instant(support.endOfSupport()) : null;
		if (given != null && LocalDate.ofInstant(given, ZoneOffset.UTC).equals(date)) {
			return DateTimeFormatter.ISO_INSTANT.format(given.truncatedTo(ChronoUnit.SECONDS));
		}
		return date + "T00:00:00Z";
	}

	private String licenseDeclared(List<String> licences) {
		if (licences.isEmpty()) {
			return SpdxText.NOASSERTION;
		}
		List<String> parts = new ArrayList<>(licences.size());
		for (String licence : licences) {
			String expression = SpdxLicenceExpressions.isValid(licence) ? licence : licenceRef(licence);
			parts.add((licences.size() > 1 && SpdxLicenceExpressions.needsParentheses(expression))
					? "(" + expression + ")" : expression);
		}
		return String.join(" AND ", parts);
	}

	private String licenceRef(String name) {
		return this.licenceRefs.computeIfAbsent(name, (key) -> {
			String base = "LicenseRef-" + key.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
			if (base.equals("LicenseRef-")) {
				base = "LicenseRef-licence";
			}
			String id = base;
			for (int suffix = 2; this.licenceRefs.containsValue(id); suffix++) {
				id = base + "-" + suffix;
			}
			return id;
		});
	}

	/**
	 * Every {@code LicenseRef-} a package uses needs extracted licensing info: Mamori's
	 * own carry the licence name as name and text (the model has no licence text); those
	 * that came as valid expressions from the source get {@code NOASSERTION} as text.
	 */
	private List<Spdx23Document.ExtractedLicence> extractedLicences() {
		Map<String, Spdx23Document.ExtractedLicence> extracted = new LinkedHashMap<>();
		this.licenceRefs.forEach((name, id) -> extracted.put(id, new Spdx23Document.ExtractedLicence(id, name, name)));
		for (SbomComponent component : this.source.components()) {
			for (String licence : component.licenses()) {
				if (!SpdxLicenceExpressions.isValid(licence)) {
					continue;
				}
				for (String token : licence.split("[\\s()]+")) {
					if (token.startsWith("LicenseRef-") && !extracted.containsKey(token)) {
						extracted.put(token, new Spdx23Document.ExtractedLicence(token, null, SpdxText.NOASSERTION));
					}
				}
			}
		}
		return List.copyOf(extracted.values());
	}

	private List<Spdx23Document.Relationship> relationships() {
		Set<Spdx23Document.Relationship> relationships = new LinkedHashSet<>();
		String subjectRef = this.source.metadata().subjectRef();
		if (subjectRef != null && this.spdxIds.containsKey(subjectRef)) {
			relationships.add(describes(subjectRef));
		}
		for (Relationship relationship : this.source.relationships()) {
			boolean fromComponent = this.spdxIds.containsKey(relationship.from());
			boolean toComponent = this.spdxIds.containsKey(relationship.to());
			if (relationship.type() == RelationshipType.DESCRIBES && !fromComponent && toComponent) {
				relationships.add(describes(relationship.to()));
			}
			else if (fromComponent && toComponent) {
				relationships.add(relationship(relationship));
			}
		}
		if (relationships.stream().noneMatch((r) -> r.element().equals(Spdx23Document.DOCUMENT_ID))) {
			describeRoots(relationships);
		}
		return List.copyOf(relationships);
	}

	private Spdx23Document.Relationship relationship(Relationship relationship) {
		String from = this.spdxIds.get(relationship.from());
		String to = this.spdxIds.get(relationship.to());
		if (relationship.type() != RelationshipType.OTHER) {
			return new Spdx23Document.Relationship(from, relationship.type().name(), to, null);
		}
		if (Spdx2RelationshipTypes.isOtherType(relationship.declaredType())) {
			return new Spdx23Document.Relationship(from, relationship.declaredType(), to, null);
		}
		return new Spdx23Document.Relationship(from, "OTHER", to, "Declared as " + relationship.declaredType());
	}

	private void describeRoots(Set<Spdx23Document.Relationship> relationships) {
		Set<String> targets = new HashSet<>();
		for (Relationship relationship : this.source.relationships()) {
			if (relationship.type() == RelationshipType.CONTAINS
					|| relationship.type() == RelationshipType.DEPENDS_ON) {
				targets.add(relationship.to());
			}
		}
		for (String ref : this.spdxIds.keySet()) {
			if (!targets.contains(ref)) {
				relationships.add(describes(ref));
			}
		}
	}

	private Spdx23Document.Relationship describes(String ref) {
		return new Spdx23Document.Relationship(Spdx23Document.DOCUMENT_ID, "DESCRIBES", this.spdxIds.get(ref), null);
	}

	private String uniqueId(String ref) {
		String base = ref.startsWith("SPDXRef-") ? ref : "SPDXRef-" + ref;
		base = "SPDXRef-" + base.substring("SPDXRef-".length()).replaceAll("[^A-Za-z0-9.-]", "-");
		if (base.equals("SPDXRef-")) {
			base = "SPDXRef-component";
		}
		String id = base;
		for (int suffix = 2; !this.takenIds.add(id); suffix++) {
			id = base + "-" + suffix;
		}
		return id;
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

}
