package dev.mamori.sbom.internal;

import java.time.Clock;
import java.util.UUID;

import dev.mamori.common.MamoriTime;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.sbom.SbomDocumentId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps Dependency-Track's projects onto Mamori's products: a project name is a product's
 * name or model number, a project version one of its versions, a project UUID a product
 * version id. {@code autoCreate} creates a missing version, never a missing product: a
 * medical device must be registered with its regulatory data by a person first.
 */
@Service
public class DependencyTrackUploads {

	private final Products products;

	private final SbomImportService imports;

	private final SbomStore store;

	private final Clock clock;

	DependencyTrackUploads(Products products, SbomImportService imports, SbomStore store, Clock clock) {
		this.products = products;
		this.imports = imports;
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	public StoredSbom upload(String project, String projectName, String projectVersion, boolean autoCreate,
			Upload upload) {
		if (project != null && !project.isBlank()) {
			ProductVersionId versionId = new ProductVersionId(parseUuid(project));
			var version = this.products.findVersion(versionId, MamoriTime.today(this.clock))
				.orElseThrow(() -> new NotFoundException("entity.version", project));
			return this.imports.importRevision(version.productId(), versionId, upload);
		}
		if (projectName == null || projectName.isBlank() || projectVersion == null || projectVersion.isBlank()) {
			throw ValidationFailedException.of("projectName", "sbom.dt.projectRequired");
		}
		ProductId product = this.products.findProduct(projectName)
			.orElseThrow(() -> ValidationFailedException.of("projectName", "sbom.dt.unknownProduct", projectName));
		ProductVersionId versionId = this.products.findVersion(product, projectVersion).orElseGet(() -> {
			if (!autoCreate) {
				throw ValidationFailedException.of("projectVersion", "sbom.dt.unknownVersion", projectVersion,
						projectName);
			}
			return this.products.createVersion(product, projectVersion,
					"created by a Dependency-Track compatible upload");
		});
		return this.imports.importRevision(product, versionId, upload);
	}

	/** A token is the id of the stored document. */
	@Transactional(readOnly = true)
	public void requireToken(UUID token) {
		this.store.find(new SbomDocumentId(token)).orElseThrow(() -> new NotFoundException("entity.sbom", token));
	}

	private static UUID parseUuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ValidationFailedException.of("project", "sbom.dt.badProject", text);
		}
	}

}
