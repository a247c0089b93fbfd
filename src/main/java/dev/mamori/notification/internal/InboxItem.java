package dev.mamori.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.mamori.notification.NoticeKind;

/**
 * A notification as its reader sees it.
 *
 * @param readAt {@code null} while unread
 */
public record InboxItem(UUID id, NoticeKind kind, String messageKey, List<String> arguments, String path,
		Instant createdAt, Instant readAt) {

	public InboxItem {
		arguments = List.copyOf(arguments);
	}

	public boolean unread() {
		return this.readAt == null;
	}

	/**
	 * The arguments for the message, as Thymeleaf's {@code #{key(${args})}} takes them.
	 */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
