package dev.mamori.product.internal;

import dev.mamori.access.Permission;
import dev.mamori.web.DashboardPanel;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product registry's place in the navigation and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class ProductWebConfiguration {

	@Bean
	NavigationItem productsNavigation() {
		return new NavigationItem("nav.products", "/products", Permission.PRODUCT_READ, 100);
	}

	@Bean
	DashboardPanel obligationsPanel() {
		return new DashboardPanel("panel.obligations.title", "/products/panels/obligations", Permission.PRODUCT_READ,
				100);
	}

	@Bean
	DashboardPanel lifecyclePanel() {
		return new DashboardPanel("panel.lifecycle.title", "/products/panels/lifecycle", Permission.PRODUCT_READ, 110);
	}

}
