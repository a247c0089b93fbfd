package dev.mamori.incident.internal;

import dev.mamori.access.Permission;
import dev.mamori.product.ProductPageSection;
import dev.mamori.web.DashboardPanel;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incidents' place in the navigation, on the dashboard and on version pages. */
@Configuration(proxyBeanMethods = false)
class IncidentWebConfiguration {

	@Bean
	NavigationItem incidentsNavigation() {
		return new NavigationItem("nav.incidents", "/incidents", Permission.INCIDENT_READ, 400);
	}

	@Bean
	DashboardPanel openIncidentsPanel() {
		return new DashboardPanel("incident.panel.title", "/incidents/panels/open", Permission.INCIDENT_READ, 50);
	}

	@Bean
	ProductPageSection versionIncidentsSection() {
		return new ProductPageSection(ProductPageSection.Page.VERSION, "incident.section.title",
				"/products/{productId}/versions/{versionId}/incidents-section", Permission.INCIDENT_READ, 300);
	}

}
