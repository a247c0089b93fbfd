package dev.mamori.sbom.internal;

import dev.mamori.access.Permission;
import dev.mamori.product.ProductPageSection;
import dev.mamori.web.DashboardPanel;
import dev.mamori.web.NavigationItem;
import dev.mamori.web.RequestSizeLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The SBOM module's place in the UI (navigation, dashboard, product and version pages)
 * and its upload limits: {@code mamori.sbom.max-upload-size} (100 MB by default) for SBOM
 * uploads, a third more for Dependency-Track's base64 uploads.
 */
@Configuration(proxyBeanMethods = false)
class SbomWebConfiguration {

	/** Room for the multipart envelope around a file of the maximum size. */
	private static final long MULTIPART_OVERHEAD = 64 * 1024;

	@Bean
	NavigationItem componentsNavigation() {
		return new NavigationItem("nav.components", "/components", Permission.SBOM_READ, 200);
	}

	@Bean
	DashboardPanel supportPanel() {
		return new DashboardPanel("panel.support.title", "/sbom/panels/support", Permission.SBOM_READ, 120);
	}

	@Bean
	ProductPageSection versionSbomSection() {
		return new ProductPageSection(ProductPageSection.Page.VERSION, "sbom.section.title",
				"/products/{productId}/versions/{versionId}/sbom-section", Permission.SBOM_READ, 100);
	}

	@Bean
	ProductPageSection productSupportSection() {
		return new ProductPageSection(ProductPageSection.Page.PRODUCT, "sbom.support.section.title",
				"/products/{productId}/sbom-section", Permission.SBOM_READ, 100);
	}

	@Bean
	RequestSizeLimit sbomUploadLimit(@Value("${mamori.sbom.max-upload-size:100MB}") DataSize limit) {
		return new RequestSizeLimit("/**/versions/*/sboms", limit.toBytes() + MULTIPART_OVERHEAD);
	}

	@Bean
	RequestSizeLimit vendorSbomUploadLimit(@Value("${mamori.sbom.max-upload-size:100MB}") DataSize limit) {
		return new RequestSizeLimit("/**/versions/*/vendor-sboms", limit.toBytes() + MULTIPART_OVERHEAD);
	}

	@Bean
	RequestSizeLimit dependencyTrackUploadLimit(@Value("${mamori.sbom.max-upload-size:100MB}") DataSize limit) {
		// base64 makes 4 bytes of 3
		return new RequestSizeLimit("/api/v1/bom", limit.toBytes() * 4 / 3 + MULTIPART_OVERHEAD);
	}

}
