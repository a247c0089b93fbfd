package dev.mamori.sbom.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Merges vendor SBOMs into a product SBOM (S1).
 * <p>
 * The vendor SBOM's subject is the product's component itself (the OS the vendor
 * describes is the OS in the device), so relationships to or from it attach to the
 * product's component; every other vendor component gets a prefixed ref and the property
 * {@value #SUPPLIED_BY}, and those the vendor SBOM does not place inside anything are
 * contained directly in the product's component. A vendor SBOM whose component is no
 * longer in the product SBOM is returned as unattached, never dropped silently.
 */
public final class VendorMerge {

	/** The property marking a component that came from a vendor SBOM, and from whom. */
	public static final String SUPPLIED_BY = "mamori:suppliedBy";

	private VendorMerge() {
	}

	/**
	 * The combined document, and the vendor parts that found no component to attach to.
	 */
	public record Result(SbomDocument combined, List<VendorPart> unattached) {

		public Result {
			unattached = List.copyOf(unattached);
		}

	}

	public static Result merge(SbomDocument product, List<VendorPart> vendors) {
		Map<String, SbomComponent> byKey = new LinkedHashMap<>();
		for (SbomComponent component : product.components()) {
			byKey.putIfAbsent(ComponentKey.of(component), component);
		}
		List<SbomComponent> components = new ArrayList<>(product.components());
		List<Relationship> relationships = new ArrayList<>(product.relationships());
		List<VendorPart> unattached = new ArrayList<>();
		for (VendorPart vendor : vendors) {
			SbomComponent host = byKey.get(vendor.componentKey());
			if (host == null) {
				unattached.add(vendor);
				continue;
			}
			attach(host, vendor, components, relationships);
		}
		SbomDocument combined = new SbomDocument(product.format(), product.specVersion(), product.metadata(),
				components, relationships, product.warnings());
		return new Result(combined, unattached);
	}

	private static void attach(SbomComponent host, VendorPart vendor, List<SbomComponent> components,
			List<Relationship> relationships) {
		SbomDocument document = vendor.document();
		String subject = document.metadata().subjectRef();
		Map<String, String> refs = new HashMap<>();
		for (SbomComponent component : document.components()) {
			if (component.ref().equals(subject)) {
				refs.put(component.ref(), host.ref());
				continue;
			}
			String ref = vendor.refPrefix() + component.ref();
			refs.put(component.ref(), ref);
			Map<String, String> properties = new LinkedHashMap<>(component.properties());
			properties.put(SUPPLIED_BY, vendor.suppliedBy());
			components.add(new SbomComponent(ref, component.type(), component.supplier(), component.name(),
					component.version(), component.purl(), component.cpes(), component.swidTagId(), component.hashes(),
					component.licenses(), component.description(), component.support(), properties));
		}
		Set<String> contained = new HashSet<>();
		for (Relationship relationship : document.relationships()) {
			String from = refs.get(relationship.from());
			String to = refs.get(relationship.to());
			if (from == null || to == null || from.equals(to)) {
				continue;
			}
			relationships.add(new Relationship(from, to, relationship.type(), relationship.declaredType()));
			if (relationship.type() == RelationshipType.CONTAINS) {
				contained.add(to);
			}
		}
		for (SbomComponent component : document.components()) {
			String ref = refs.get(component.ref());
			if (!ref.equals(host.ref()) && !contained.contains(ref)) {
				relationships.add(Relationship.of(host.ref(), ref, RelationshipType.CONTAINS));
			}
		}
	}

}
