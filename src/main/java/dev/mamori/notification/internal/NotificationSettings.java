package dev.mamori.notification.internal;

import java.time.Duration;
import java.util.List;

import dev.mamori.notification.delivery.RetrySchedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices leave the application. E-mail goes out only when {@code spring.mail.host}
 * is set (Spring Boot's mail settings); webhooks are configured on the administration
 * page.
 *
 * @param baseUrl the address users reach Mamori at, for links in e-mails and webhooks
 * @param mailFrom the sender of notification e-mails
 * @param deliveryInterval how often the worker looks for due deliveries
 * @param retryDelays the waits after each failed attempt (see {@link RetrySchedule})
 * @param webhookTimeout how long a webhook receiver may take to answer
 */
@ConfigurationProperties("mamori.notification")
public record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("mamori@localhost") String mailFrom, @DefaultValue("PT15S") Duration deliveryInterval,
		@DefaultValue( {
				"PT1M", "PT5M", "PT30M", "PT2H", "PT12H" }) List<Duration> retryDelays,
		@DefaultValue("PT10S") Duration webhookTimeout){

	RetrySchedule retrySchedule() {
		return new RetrySchedule(this.retryDelays);
	}

	String link(String path) {
		if (path == null) {
			return null;
		}
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
