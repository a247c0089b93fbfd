package dev.mamori.sbom.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.diff.SbomDiff;
import dev.mamori.sbom.merge.VendorMerge;
import dev.mamori.sbom.merge.VendorPart;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.support.ManualSupport;
import dev.mamori.sbom.support.SupportFlag;
import dev.mamori.sbom.support.SupportRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads SBOMs: the documents of a version, one document with its components, the combined
 * tree of a version with its support flags, diffs, and the component repository across
 * the portfolio.
 */
@Service
@Transactional(readOnly = true)
public class SbomQueries {

	static final int REPOSITORY_LIMIT = 500;

	private final SbomStore store;

	private final ComponentSupportStore support;

	private final Products products;

	private final Clock clock;

	SbomQueries(SbomStore store, ComponentSupportStore support, Products products, Clock clock) {
		this.store = store;
		this.support = support;
		this.products = products;
		this.clock = clock;
	}

	/**
	 * The version's SBOM documents: product revisions newest first, then vendor SBOMs.
	 */
	public List<StoredSbom> documents(ProductId productId, ProductVersionId versionId) {
		this.products.requireVersion(productId, versionId, today());
		return this.store.documents(versionId);
	}

	/** One document of the version, with its components as read. */
	public DocumentView document(ProductId productId, ProductVersionId versionId, SbomDocumentId id) {
		StoredSbom sbom = require(id);
		VersionSnapshot version = this.products.requireVersion(productId, versionId, today());
		if (!sbom.versionId().equals(versionId)) {
			throw new NotFoundException("entity.sbom", id);
		}
		return new DocumentView(version, sbom, this.store.model(sbom));
	}

	/** The document exactly as it was uploaded. */
	public byte[] content(ProductId productId, ProductVersionId versionId, SbomDocumentId id) {
		document(productId, versionId, id);
		return this.store.content(id).orElseThrow(() -> new NotFoundException("entity.sbom", id));
	}

	/**
	 * The version's components as they stand, vendor SBOMs merged in, with support flags
	 * (S1, P3).
	 */
	public CombinedSbom combined(ProductId productId, ProductVersionId versionId) {
		VersionSnapshot version = this.products.requireVersion(productId, versionId, today());
		return combined(version);
	}

	/** The difference between any two stored documents. */
	public SbomDiff diff(SbomDocumentId before, SbomDocumentId after) {
		return SbomDiff.between(this.store.model(require(before)).components(),
				this.store.model(require(after)).components());
	}

	/** The difference between the current components of two product versions. */
	public SbomDiff diffVersions(ProductId beforeProduct, ProductVersionId before, ProductId afterProduct,
			ProductVersionId after) {
		CombinedSbom left = combined(beforeProduct, before);
		CombinedSbom right = combined(afterProduct, after);
		return SbomDiff.between(left.document().components(), right.document().components());
	}

	/**
	 * The components of every version's current SBOMs matching a search (S4): a purl with
	 * version (that exact package), a purl without version (every version of it), a CPE
	 * prefix, or a part of a name (case-insensitive).
	 */
	public List<RepositoryHit> repository(String query) {
		String text = (query == null) ? "" : query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		String condition;
		if (text.startsWith("pkg:")) {
			String base = ComponentKey.purlBase(text);
			boolean versioned = text.substring(text.lastIndexOf('/') + 1).contains("@");
			parameters.put("key", (base != null) ? base : text);
			parameters.put("purl", text);
			condition = versioned ? "(c.purl = :purl or c.purl like :purl || '?%' or c.purl like :purl || '#%')"
					: "c.component_key = :key";
		}
		else if (text.startsWith("cpe:")) {
			parameters.put("cpe", text.toLowerCase(Locale.ROOT) + "%");
			condition = "exists (select 1 from unnest(c.cpes) cpe where lower(cpe) like :cpe)";
		}
		else {
			parameters.put("name",
					"%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
							+ "%");
			condition = "(lower(c.name) like :name escape '\\' or lower(c.purl) like :name escape '\\')";
		}
		Map<ProductVersionId, VersionSnapshot> versions = versionsById();
		List<RepositoryHit> hits = new ArrayList<>();
		for (SbomStore.CurrentComponent row : this.store.currentComponents(condition, parameters, REPOSITORY_LIMIT)) {
			VersionSnapshot version = versions.get(row.version());
			if (version != null) {
				hits.add(new RepositoryHit(row.component(), version, row.document(), row.revision(), row.vendor()));
			}
		}
		return hits;
	}

	/** Components whose support ends before their device's, across the portfolio (P3). */
	public List<VersionSupportFlags> supportFlags() {
		List<ManualSupport> manual = this.support.all();
		Set<String> manualKeys = manual.stream().map(ManualSupport::componentKey).collect(Collectors.toSet());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keys", manualKeys.toArray(String[]::new));
		List<SbomStore.CurrentComponent> candidates = this.store.currentComponents(
				"(c.end_of_support_date is not null or c.component_key = any(:keys))", parameters, 100_000);
		Map<ProductVersionId, VersionSnapshot> versions = versionsById();
		Map<ProductVersionId, List<SbomStore.CurrentComponent>> byVersion = candidates.stream()
			.collect(Collectors.groupingBy(SbomStore.CurrentComponent::version, LinkedHashMap::new,
					Collectors.toList()));
		List<VersionSupportFlags> result = new ArrayList<>();
		byVersion.forEach((versionId, rows) -> {
			VersionSnapshot version = versions.get(versionId);
			if (version == null) {
				return;
			}
			List<SupportFlag> flags = SupportRules.flags(
					rows.stream().map(SbomStore.CurrentComponent::component).toList(), manual, version.releaseDate(),
					version.eolDate(), version.eosDate(), today());
			if (!flags.isEmpty()) {
				result.add(new VersionSupportFlags(version, flags));
			}
		});
		return result;
	}

	/** The flags of one version. */
	public record VersionSupportFlags(VersionSnapshot version, List<SupportFlag> flags) {

		public VersionSupportFlags {
			flags = List.copyOf(flags);
		}

	}

	/** One stored document with its components. */
	public record DocumentView(VersionSnapshot version, StoredSbom sbom, SbomDocument document) {
	}

	CombinedSbom combined(VersionSnapshot version) {
		StoredSbom latest = this.store.latestRevisions(List.of(version.versionId())).get(version.versionId());
		List<StoredSbom> vendors = this.store.latestVendorSboms(version.versionId());
		if (latest == null) {
			SbomDocument empty = new SbomDocument(SbomFormat.CYCLONEDX_JSON, null, SbomMetadata.empty(), List.of(),
					List.of(), List.of());
			return new CombinedSbom(version, null, empty, vendors, vendors, List.of());
		}
		List<VendorPart> parts = new ArrayList<>();
		// By identity: a part holds a whole document, too costly to hash.
		Map<VendorPart, StoredSbom> sources = new IdentityHashMap<>();
		for (StoredSbom vendor : vendors) {
			VendorPart part = new VendorPart(vendor.vendorComponentKey(), suppliedBy(vendor),
					"vendor-" + vendor.id().toString().substring(0, 8) + ":", this.store.model(vendor));
			parts.add(part);
			sources.put(part, vendor);
		}
		VendorMerge.Result merged = VendorMerge.merge(this.store.model(latest), parts);
		List<StoredSbom> unattached = merged.unattached().stream().map(sources::get).toList();
		List<SupportFlag> flags = SupportRules.flags(merged.combined().components(), this.support.all(),
				version.releaseDate(), version.eolDate(), version.eosDate(), today());
		return new CombinedSbom(version, latest, merged.combined(), vendors, unattached, flags);
	}

	/**
	 * Who a vendor SBOM came from, as shown next to its components: its authors, else its
	 * file name.
	 */
	static String suppliedBy(StoredSbom vendor) {
		if (!vendor.authors().isEmpty()) {
			return String.join(", ", vendor.authors());
		}
		return Optional.ofNullable(vendor.filename()).orElse(vendor.id().toString());
	}

	private Map<ProductVersionId, VersionSnapshot> versionsById() {
		return this.products.versions(today())
			.stream()
			.collect(Collectors.toMap(VersionSnapshot::versionId, Function.identity()));
	}

	private StoredSbom require(SbomDocumentId id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("entity.sbom", id));
	}

	private LocalDate today() {
		return MamoriTime.today(this.clock);
	}

}
