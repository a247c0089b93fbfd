package dev.mamori.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.mamori.notification.delivery.WebhookSignature;

import org.springframework.stereotype.Component;

/**
 * Posts a delivery's JSON to its webhook, signed with the webhook's secret when it has
 * one. Any answer other than 2xx is a failure, retried by the worker. Redirects are not
 * followed: a receiver that moved is changed by the administrator, not guessed.
 */
@Component
class WebhookChannel {

	static final String EVENT_HEADER = "X-Mamori-Event";

	static final String DELIVERY_HEADER = "X-Mamori-Delivery";

	private final HttpClient client;

	private final NotificationSettings settings;

	private final Clock clock;

	WebhookChannel(NotificationSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.webhookTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void post(Delivery delivery, String secret) throws IOException, InterruptedException {
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.target()))
			.timeout(this.settings.webhookTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Mamori")
			.header(EVENT_HEADER, String.valueOf(delivery.subject()))
			.header(DELIVERY_HEADER, delivery.id().toString())
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
		if (secret != null) {
			request.header(WebhookSignature.HEADER, WebhookSignature.sign(secret, timestamp, delivery.body()));
		}
		HttpResponse<Void> response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("HTTP " + response.statusCode());
		}
	}

}
