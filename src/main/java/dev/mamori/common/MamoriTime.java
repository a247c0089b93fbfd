package dev.mamori.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Regulatory dates (life-cycle phases, report deadlines) are counted in Japan, whatever
 * the time zone of the server. Every date is taken from an injected {@link Clock} through
 * these helpers.
 */
public final class MamoriTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private MamoriTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
