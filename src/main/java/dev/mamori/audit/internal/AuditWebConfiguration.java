package dev.mamori.audit.internal;

import dev.mamori.access.Permission;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's place in the navigation. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("nav.audit", "/admin/audit", Permission.AUDIT_READ, 910);
	}

}
