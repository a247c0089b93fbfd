package dev.mamori.sbom.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.mamori.access.Actor;
import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.Sha256;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.SbomImported;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.quality.NtiaCheck;
import dev.mamori.sbom.quality.NtiaReport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports SBOMs for product versions (S1, S3, S4). Each upload is read and checked before
 * anything is written; then the bytes, the components, the relationships, the check, an
 * audit entry and the {@link SbomImported} event are stored in one transaction. A new
 * upload is a new revision; nothing is ever replaced.
 */
@Service
public class SbomImportService {

	private final SbomStore store;

	private final Products products;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SbomImportService(SbomStore store, Products products, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.products = products;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A new revision of the version's own SBOM. */
	@Transactional
	public StoredSbom importRevision(ProductId productId, ProductVersionId versionId, Upload upload) {
		this.products.requireVersion(productId, versionId, MamoriTime.today(this.clock));
		SbomDocument document = SbomFormats.read(upload.content());
		int revision = this.store.nextRevision(versionId);
		return store(productId, versionId, upload, document, StoredSbom.Kind.PRODUCT, revision, null, null);
	}

	/**
	 * An SBOM received from a supplier (contractor, OEM/ODM, OS vendor) for one component
	 * of the version's current SBOM, kept as received (S1).
	 * @param componentRef the component's {@code ref} in the version's latest revision
	 */
	@Transactional
	public StoredSbom attachVendorSbom(ProductId productId, ProductVersionId versionId, String componentRef,
			Upload upload) {
		this.products.requireVersion(productId, versionId, MamoriTime.today(this.clock));
		StoredSbom latest = this.store.latestRevisions(List.of(versionId)).get(versionId);
		if (latest == null) {
			throw ValidationFailedException.of("component", "sbom.vendor.noProductSbom");
		}
		SbomComponent component = this.store.model(latest)
			.component(componentRef)
			.orElseThrow(() -> new NotFoundException("entity.component", componentRef));
		SbomDocument document = SbomFormats.read(upload.content());
		return store(productId, versionId, upload, document, StoredSbom.Kind.VENDOR, null, ComponentKey.of(component),
				describe(component));
	}

	private StoredSbom store(ProductId productId, ProductVersionId versionId, Upload upload, SbomDocument document,
			StoredSbom.Kind kind, Integer revision, String componentKey, String componentName) {
		NtiaReport report = NtiaCheck.check(document);
		Actor actor = CurrentActor.get();
		StoredSbom sbom = new StoredSbom(SbomDocumentId.random(), versionId, kind, revision, componentKey,
				componentName, upload.filename(), Sha256.hex(upload.content()), upload.content().length,
				document.format(), document.specVersion(), document.metadata().name(),
				document.metadata().serialNumber(), document.metadata().timestamp(), document.metadata().authors(),
				document.metadata().tools(), document.metadata().subjectRef(), report, document.warnings(),
				this.clock.instant(), actor.name(), actor.channel());
		this.store.insert(sbom, upload.content());
		this.store.insertComponents(sbom.id(), document.components());
		this.store.insertRelationships(sbom.id(), document.relationships());
		String action = (kind == StoredSbom.Kind.PRODUCT) ? "sbom.imported" : "sbom.vendorAttached";
		this.audit.record(new AuditRecord(action, "productVersion", versionId.toString(),
				(upload.filename() != null) ? upload.filename() : "",
				Map.of("document", sbom.id().toString(), "revision", String.valueOf(revision), "format",
						document.format().name(), "sha256", sbom.sha256(), "components", document.components().size(),
						"ntiaComplete", report.complete(), "component", String.valueOf(componentName))));
		this.events.publishEvent(new SbomImported(sbom.id(), productId, versionId, kind == StoredSbom.Kind.VENDOR));
		return sbom;
	}

	private static String describe(SbomComponent component) {
		String name = (component.name() != null) ? component.name() : component.ref();
		return (component.version() != null) ? name + " " + component.version() : name;
	}

}
