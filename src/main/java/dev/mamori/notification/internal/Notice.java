package dev.mamori.notification.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.mamori.notification.NoticeKind;

/**
 * One piece of news to tell: shown in the application in the reader's language (a message
 * key and its arguments), mailed in Japanese and English, and posted to webhooks as JSON.
 *
 * @param path the page it is about, {@code null} when none
 * @param productId the product it concerns, for webhooks limited to one product;
 * {@code null} when none
 * @param payload the webhook's {@code data}: plain values, lists and maps
 */
record Notice(NoticeKind kind, String messageKey, List<String> arguments, String path, UUID productId,
		Map<String, Object> payload) {

	Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
		// keeps nulls (a score not known yet) and the order of the keys
		payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
	}

}
