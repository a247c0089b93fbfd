package dev.mamori.sbom.internal;

import java.util.List;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomComponents;
import dev.mamori.sbom.diff.ComponentKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SbomComponents} for other modules, on the SBOM module's own queries. */
@Component
@Transactional(readOnly = true)
class SbomComponentsFacade implements SbomComponents {

	private final SbomQueries queries;

	private final SbomStore store;

	SbomComponentsFacade(SbomQueries queries, SbomStore store) {
		this.queries = queries;
		this.store = store;
	}

	@Override
	public List<CurrentComponent> current(ProductId product, ProductVersionId version) {
		CombinedSbom combined = this.queries.combined(product, version);
		if (!combined.hasSbom()) {
			return List.of();
		}
		return combined.document()
			.components()
			.stream()
			.map((component) -> new CurrentComponent(ComponentKey.of(component), component))
			.toList();
	}

	@Override
	public List<VersionWithSbom> versionsWithSbom() {
		return this.store.versionsWithRevisions();
	}

}
