package dev.mamori.notification.internal;

import dev.mamori.access.Permission;
import dev.mamori.product.ProductPageSection;
import dev.mamori.web.DashboardPanel;
import dev.mamori.web.NavigationItem;
import dev.mamori.web.TopbarWidget;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The module's settings and its places in the shell: the bell, the inbox, the
 * administrators' channel page, the "new findings" dashboard panel and the "follow"
 * section of a product's page. Event listeners run asynchronously
 * ({@code @ApplicationModuleListener} is {@code @Async}), so telling hundreds of
 * followers never slows down the matching that caused it; the worker runs on the
 * scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

	@Bean
	TopbarWidget notificationBell() {
		return new TopbarWidget("/notifications/bell", Permission.ACCOUNT_SELF, 60, 10);
	}

	@Bean
	NavigationItem notificationsNavigation() {
		return new NavigationItem("nav.notifications", "/notifications", Permission.ACCOUNT_SELF, 800);
	}

	@Bean
	NavigationItem notificationChannelsNavigation() {
		return new NavigationItem("nav.notificationChannels", "/admin/notifications", Permission.NOTIFICATION_ADMIN,
				920);
	}

	@Bean
	DashboardPanel newFindingsPanel() {
		return new DashboardPanel("notification.newFindings.title", "/notifications/panels/new-findings",
				Permission.VULNERABILITY_READ, 15);
	}

	@Bean
	ProductPageSection followProductSection() {
		return new ProductPageSection(ProductPageSection.Page.PRODUCT, "notification.follow.title",
				"/products/{productId}/follow-section", Permission.ACCOUNT_SELF, 800);
	}

}
