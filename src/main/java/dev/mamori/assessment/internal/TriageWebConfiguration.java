package dev.mamori.assessment.internal;

import dev.mamori.access.Permission;
import dev.mamori.product.ProductPageSection;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portfolio's findings in the navigation; the release gate's badge on the version
 * page, before the findings, and the triage section after them.
 */
@Configuration(proxyBeanMethods = false)
class TriageWebConfiguration {

	@Bean
	NavigationItem portfolioFindingsNavigation() {
		return new NavigationItem("nav.findings", "/findings", Permission.VULNERABILITY_READ, 305);
	}

	@Bean
	ProductPageSection versionGateSection() {
		return new ProductPageSection(ProductPageSection.Page.VERSION, "gate.section.title",
				"/products/{productId}/versions/{versionId}/gate-section", Permission.VULNERABILITY_READ, 105);
	}

	@Bean
	ProductPageSection versionTriageSection() {
		return new ProductPageSection(ProductPageSection.Page.VERSION, "triage.section.title",
				"/products/{productId}/versions/{versionId}/triage-section", Permission.VULNERABILITY_READ, 115);
	}

}
