package dev.mamori.notification.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.mamori.notification.NoticeKind;

/**
 * An endpoint that receives notices as JSON posts, configured by an administrator.
 *
 * @param secret the HMAC key of the signature header, {@code null} to send unsigned
 * @param productId only notices about this product, or all when {@code null}
 */
public record Webhook(UUID id, String name, String url, String secret, Set<NoticeKind> kinds, UUID productId,
		boolean enabled, String createdBy, Instant createdAt) {

	public Webhook {
		kinds = Set.copyOf(kinds);
	}

	boolean wants(Notice notice) {
		if (!this.enabled || (!this.kinds.contains(notice.kind()) && notice.kind() != NoticeKind.TEST)) {
			return false;
		}
		return this.productId == null || this.productId.equals(notice.productId());
	}

	public boolean signed() {
		return this.secret != null;
	}

}
