package dev.mamori.sbom.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import dev.mamori.common.MamoriTime;
import dev.mamori.database.InstallationSettings;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.sbom.internal.SbomImportService;
import dev.mamori.sbom.internal.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demonstration portfolio its SBOMs, once, after the portfolio itself: the
 * imaging workstation in CycloneDX with a supplier's SPDX SBOM attached to its DICOM SDK
 * and a Windows release whose support ends before the device's EOL; two revisions of the
 * infusion pump's firmware SBOM, so that the history and the diff have something to show;
 * the insulin pump in SPDX tag-value; the SaMD in SPDX JSON. They go through the same
 * import as users' uploads, so they are checked and audited as {@code system}.
 */
@Component
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class DemoSboms implements ApplicationRunner {

	static final String LOADED = "demo.sboms.loaded";

	private static final String PORTFOLIO_LOADED = "demo.portfolio.loaded";

	private static final Logger log = LoggerFactory.getLogger(DemoSboms.class);

	private final Products products;

	private final SbomImportService imports;

	private final InstallationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoSboms(Products products, SbomImportService imports, InstallationSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.products = products;
		this.imports = imports;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.settings.get(PORTFOLIO_LOADED).isEmpty() || this.settings.get(LOADED).isPresent()) {
				return;
			}
			if (this.settings.putIfAbsent(LOADED, MamoriTime.today(this.clock).toString())) {
				load();
				log.info("Demo SBOMs loaded");
			}
		});
	}

	void load() {
		revision("IW-5000", "4.0", "iw-5000-4.0.cdx.json");
		vendor("IW-5000", "4.0", "dicom-sdk", "dicom-sdk-7.2.spdx.json");
		revision("IP-300", "2.0", "ip-300-2.0-r1.cdx.json");
		revision("IP-300", "2.0", "ip-300-2.0-r2.cdx.json");
		revision("NP-10", "1.1", "np-10-1.1.spdx");
		revision("RA-1", "2.10.0", "retina-ai-2.10.0.spdx.json");
	}

	private void revision(String model, String version, String file) {
		Target target = target(model, version);
		this.imports.importRevision(target.product(), target.version(), new Upload(file, resource(file)));
	}

	private void vendor(String model, String version, String componentRef, String file) {
		Target target = target(model, version);
		this.imports.attachVendorSbom(target.product(), target.version(), componentRef,
				new Upload(file, resource(file)));
	}

	private Target target(String model, String version) {
		ProductId product = this.products.findProduct(model)
			.orElseThrow(() -> new IllegalStateException("demo product missing: " + model));
		ProductVersionId id = this.products.findVersion(product, version)
			.orElseThrow(() -> new IllegalStateException("demo version missing: " + model + " " + version));
		return new Target(product, id);
	}

	private static byte[] resource(String file) {
		try (InputStream in = DemoSboms.class.getResourceAsStream("/demo/sbom/" + file)) {
			if (in == null) {
				throw new IllegalStateException("demo SBOM missing: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Target(ProductId product, ProductVersionId version) {
	}

}
