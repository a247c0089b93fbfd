package dev.mamori.regulatory.internal;

import dev.mamori.access.Permission;
import dev.mamori.web.DashboardPanel;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The report cases' place in the navigation and on the dashboard; scheduling for the
 * daily deadline check (no other module enables it yet, and enabling twice is harmless).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegulatoryConfiguration {

	@Bean
	NavigationItem reportCasesNavigation() {
		return new NavigationItem("nav.reports", "/reports/cases", Permission.REPORT_READ, 450);
	}

	@Bean
	DashboardPanel reportDeadlinesPanel() {
		return new DashboardPanel("report.deadlines.title", "/reports/deadlines/panel", Permission.REPORT_READ, 40);
	}

}
