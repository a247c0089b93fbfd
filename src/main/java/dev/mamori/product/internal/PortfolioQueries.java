package dev.mamori.product.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.product.lifecycle.Completion;
import dev.mamori.product.lifecycle.LegacyAssessment;
import dev.mamori.product.lifecycle.LegacyRules;
import dev.mamori.product.lifecycle.MilestoneChange;
import dev.mamori.product.lifecycle.ObligationSchedule;
import dev.mamori.product.lifecycle.ObligationStatus;
import dev.mamori.common.VersionOrder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio as it stands on a given day. Phases, legacy status and obligations
 * are derived here from the stored dates and records, for whatever day is asked; nothing
 * derived is stored.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioQueries {

	private final JdbcProductStore products;

	private final JdbcLifecycleRecords records;

	private final RuleCatalogs rules;

	private final Clock clock;

	PortfolioQueries(JdbcProductStore products, JdbcLifecycleRecords records, RuleCatalogs rules, Clock clock) {
		this.products = products;
		this.records = records;
		this.rules = rules;
		this.clock = clock;
	}

	/** Today in Japan. */
	public LocalDate today() {
		return MamoriTime.today(this.clock);
	}

	public List<ProductView> products(LocalDate day) {
		return views(this.products.findProducts(), day);
	}

	public ProductView product(ProductId id, LocalDate day) {
		StoredProduct product = this.products.findProduct(id)
			.orElseThrow(() -> new NotFoundException("entity.product", id));
		return views(List.of(product), day).get(0);
	}

	public VersionView version(ProductId productId, ProductVersionId versionId, LocalDate day) {
		return product(productId, day).versions()
			.stream()
			.filter((version) -> version.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("entity.version", versionId));
	}

	/**
	 * Obligations across the portfolio in the given states, most urgent (earliest due)
	 * first.
	 */
	public List<PortfolioObligation> obligations(LocalDate day, Set<ObligationStatus> statuses) {
		return products(day).stream()
			.flatMap((product) -> product.versions()
				.stream()
				.flatMap((version) -> version.obligations()
					.stream()
					.filter((obligation) -> statuses.contains(obligation.status()))
					.map((obligation) -> new PortfolioObligation(product.id(), product.details().name(), version.id(),
							version.version(), obligation))))
			.sorted(Comparator.comparing((PortfolioObligation item) -> item.obligation().dueDate(),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** The version's snapshot on the day, for other modules. */
	Optional<Products.VersionSnapshot> snapshot(ProductVersionId id, LocalDate day) {
		return this.products.findVersion(id).map((stored) -> snapshot(product(stored.productId(), day), id));
	}

	List<Products.VersionSnapshot> snapshots(LocalDate day) {
		return products(day).stream()
			.flatMap((product) -> product.versions().stream().map((version) -> snapshot(product, version.id())))
			.toList();
	}

	private static Products.VersionSnapshot snapshot(ProductView product, ProductVersionId id) {
		VersionView version = product.versions()
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow();
		return new Products.VersionSnapshot(product.id(), product.details().name(), product.details().modelNumber(), id,
				version.version(), version.dates().release(), version.dates().eol(), version.dates().eos(),
				product.day(), version.phase(), version.legacy().status());
	}

	private List<ProductView> views(List<StoredProduct> stored, LocalDate day) {
		List<StoredVersion> versions = this.products.findVersions(stored.stream().map(StoredProduct::id).toList());
		var versionIds = versions.stream().map(StoredVersion::id).toList();
		var controls = this.records.controls(versionIds);
		var assessments = this.records.assessments(versionIds);
		var changes = this.records.changes(versionIds);
		var completions = this.records.completions(versionIds);
		Map<ProductId, List<VersionView>> byProduct = versions.stream()
			.map((version) -> view(version, day, controls.getOrDefault(version.id(), List.of()),
					assessments.getOrDefault(version.id(), List.of()), changes.getOrDefault(version.id(), List.of()),
					completions.getOrDefault(version.id(), Map.of())))
			.collect(Collectors.groupingBy(VersionView::productId));
		Comparator<VersionView> newestFirst = Comparator.comparing(VersionView::version, VersionOrder.INSTANCE)
			.reversed();
		return stored.stream()
			.map((product) -> new ProductView(product.id(), product.details(), product.revision(), product.createdAt(),
					product.updatedAt(), day,
					byProduct.getOrDefault(product.id(), List.of()).stream().sorted(newestFirst).toList()))
			.toList();
	}

	private VersionView view(StoredVersion version, LocalDate day, List<SpecifiedControl> controls,
			List<LegacyAssessment> assessments, List<MilestoneChange> changes, Map<String, Completion> completions) {
		var dates = version.details().dates();
		var controlIds = controls.stream().map(SpecifiedControl::controlId).collect(Collectors.toSet());
		return new VersionView(version.id(), version.productId(), version.details().version(), dates,
				version.details().supportPlan(), version.details().upgradeOptions(), version.revision(), day,
				dates.phaseOn(day), LegacyRules.evaluate(assessments, dates, controlIds, day), controls, assessments,
				changes, ObligationSchedule.of(this.rules.obligations(), dates, changes, completions, day));
	}

}
