package dev.mamori.product.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ConflictException;
import dev.mamori.common.InputChecks;
import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.lifecycle.MilestoneChange;
import dev.mamori.product.lifecycle.MilestoneDates;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes products and versions. Each change is checked whole, saved
 * with its audit entry in one transaction, and refused if someone else changed the record
 * since the caller read it (when the caller says which revision it read).
 * <p>
 * Moving the EOL or EOS date of a version already on sale needs a reason, and records a
 * milestone change whose notice to customers becomes an obligation (T§6.6.1).
 */
@Service
public class ProductService {

	static final int REASON_MAX = 2000;

	private final JdbcProductStore products;

	private final JdbcLifecycleRecords records;

	private final AuditLog audit;

	private final Clock clock;

	ProductService(JdbcProductStore products, JdbcLifecycleRecords records, AuditLog audit, Clock clock) {
		this.products = products;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ProductId createProduct(ProductInput input) {
		ProductDetails details = ProductDetails.from(input);
		ProductId id = ProductId.random();
		try {
			this.products.insert(id, details, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("product.modelNumber.taken", details.modelNumber());
		}
		this.audit.record(new AuditRecord("product.created", "product", id.toString(), "", FieldChanges.of(details)));
		return id;
	}

	/**
	 * @param revision the revision the caller read, or {@code null} to overwrite whatever
	 * is stored
	 */
	@Transactional
	public void updateProduct(ProductId id, Integer revision, ProductInput input, String reason) {
		ProductDetails details = ProductDetails.from(input);
		String why = reason(reason, false);
		StoredProduct stored = this.products.findProduct(id)
			.orElseThrow(() -> new NotFoundException("entity.product", id));
		int expected = (revision != null) ? revision : stored.revision();
		try {
			if (!this.products.update(id, expected, details, this.clock.instant())) {
				throw new ConflictException("error.staleRevision");
			}
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("product.modelNumber.taken", details.modelNumber());
		}
		this.audit.record(new AuditRecord("product.updated", "product", id.toString(), why,
				FieldChanges.between(FieldChanges.of(stored.details()), FieldChanges.of(details))));
	}

	/**
	 * Only a product without versions can be deleted; versions carry records that must be
	 * kept.
	 */
	@Transactional
	public void deleteProduct(ProductId id, String reason) {
		String why = reason(reason, true);
		StoredProduct stored = this.products.findProduct(id)
			.orElseThrow(() -> new NotFoundException("entity.product", id));
		if (this.products.countVersions(id) > 0) {
			throw new ConflictException("product.delete.hasVersions", stored.details().name());
		}
		this.products.deleteProduct(id);
		this.audit.record(
				new AuditRecord("product.deleted", "product", id.toString(), why, FieldChanges.of(stored.details())));
	}

	@Transactional
	public ProductVersionId createVersion(ProductId productId, VersionInput input) {
		return createVersion(productId, input, "");
	}

	/**
	 * A new version; the reason goes to the audit log (empty when a user simply adds
	 * one).
	 */
	@Transactional
	public ProductVersionId createVersion(ProductId productId, VersionInput input, String reason) {
		VersionDetails details = VersionDetails.from(input);
		this.products.findProduct(productId).orElseThrow(() -> new NotFoundException("entity.product", productId));
		ProductVersionId id = ProductVersionId.random();
		try {
			this.products.insert(id, productId, details, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("version.taken", details.version());
		}
		this.audit.record(
				new AuditRecord("version.created", "productVersion", id.toString(), reason, FieldChanges.of(details))
					.withDetail("product", productId.toString()));
		return id;
	}

	@Transactional
	public void updateVersion(ProductId productId, ProductVersionId id, Integer revision, VersionInput input,
			String reason) {
		VersionDetails details = VersionDetails.from(input);
		StoredVersion stored = requireVersion(productId, id);
		LocalDate today = MamoriTime.today(this.clock);
		Optional<MilestoneChange> change = milestoneChange(stored.details().dates(), details.dates(), today, reason);
		if (change.isPresent() && (reason == null || reason.isBlank())) {
			throw ValidationFailedException.of("reason", "version.milestoneChange.reasonRequired");
		}
		String why = reason(reason, false);
		Instant now = this.clock.instant();
		try {
			if (!this.products.update(id, (revision != null) ? revision : stored.revision(), details, now)) {
				throw new ConflictException("error.staleRevision");
			}
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("version.taken", details.version());
		}
		change.ifPresent((notice) -> this.records.insertChange(id, notice, CurrentActor.get().name(), now));
		this.audit.record(new AuditRecord("version.updated", "productVersion", id.toString(), why,
				FieldChanges.between(FieldChanges.of(stored.details()), FieldChanges.of(details)))
			.withDetail("milestoneChangeNoticeOwed", change.isPresent()));
	}

	/**
	 * A version with recorded assessments, changes or completions is kept, as those
	 * records must be.
	 */
	@Transactional
	public void deleteVersion(ProductId productId, ProductVersionId id, String reason) {
		String why = reason(reason, true);
		StoredVersion stored = requireVersion(productId, id);
		try {
			this.records.replaceControls(id, List.of());
			this.products.deleteVersion(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("version.delete.hasRecords", stored.details().version());
		}
		this.audit.record(new AuditRecord("version.deleted", "productVersion", id.toString(), why,
				FieldChanges.of(stored.details()))
			.withDetail("product", productId.toString()));
	}

	StoredVersion requireVersion(ProductId productId, ProductVersionId id) {
		return this.products.findVersion(id)
			.filter((version) -> version.productId().equals(productId))
			.orElseThrow(() -> new NotFoundException("entity.version", id));
	}

	/**
	 * The EOL/EOS change customers must be told of: one made once the version is on sale.
	 * Such a change needs a reason, which the caller checks.
	 */
	private static Optional<MilestoneChange> milestoneChange(MilestoneDates before, MilestoneDates after,
			LocalDate today, String reason) {
		if (!before.isReleasedOn(today)) {
			return Optional.empty();
		}
		return MilestoneChange.between(before, after, today, (reason == null) ? "" : reason.strip());
	}

	static String reason(String reason, boolean required) {
		InputChecks checks = new InputChecks();
		String text = required ? checks.requiredText("reason", reason, REASON_MAX)
				: checks.optionalText("reason", reason, REASON_MAX);
		checks.throwIfInvalid();
		return (text == null) ? "" : text;
	}

}
