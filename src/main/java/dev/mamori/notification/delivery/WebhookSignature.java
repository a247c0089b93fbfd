package dev.mamori.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code sha256=} and the hex HMAC-SHA256, keyed
 * with the webhook's secret, of the timestamp header, a dot and the body, as GitHub and
 * Stripe sign theirs. The timestamp inside the signed text lets a receiver refuse
 * replays.
 */
public final class WebhookSignature {

	/** The header that carries the signature. */
	public static final String HEADER = "X-Mamori-Signature";

	/** The header that carries the signed timestamp (seconds since the epoch). */
	public static final String TIMESTAMP_HEADER = "X-Mamori-Timestamp";

	private WebhookSignature() {
	}

	public static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
