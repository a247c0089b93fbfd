package dev.mamori.web.internal;

import dev.mamori.access.Permission;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's own entry in the navigation. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

	@Bean
	NavigationItem dashboardNavigation() {
		return new NavigationItem("nav.dashboard", "/", Permission.DASHBOARD_VIEW, 0);
	}

}
