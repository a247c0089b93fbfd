package dev.mamori.notification;

/**
 * What a notice is about; webhooks subscribe to kinds by their {@link #eventName()}.
 */
public enum NoticeKind {

	/** New findings on a followed product's version (V1). */
	FINDINGS_CHANGED("findings.changed"),

	/** An incident was opened or changed on a followed product (I1). */
	INCIDENT_CHANGED("incident.changed"),

	/** A malfunction-report deadline is near, today or past (R2). */
	REPORT_DEADLINE("report.deadline"),

	/** A test message an administrator sent to check a channel. */
	TEST("test");

	private final String eventName;

	NoticeKind(String eventName) {
		this.eventName = eventName;
	}

	public String eventName() {
		return this.eventName;
	}

	public static NoticeKind ofEventName(String name) {
		for (NoticeKind kind : values()) {
			if (kind.eventName.equals(name)) {
				return kind;
			}
		}
		throw new IllegalArgumentException(name);
	}

}
