package dev.mamori.sbom.internal;

import java.util.List;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomComponents;
import dev.mamori.sbom.model.SbomComponent;

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
	public List<SbomComponent> current(ProductId product, ProductVersionId version) {
		CombinedSbom combined = this.queries.combined(product, version);
		return combined.hasSbom() ? combined.document().components() : List.of();
	}

	@Override
	public List<VersionWithSbom> versionsWithSbom() {
		return this.store.versionsWithRevisions();
	}

}
