package dev.mamori.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	@Test
	void signsTheTimestampAndTheBodyWithHmacSha256() {
		// reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac
		// secret
		assertThat(WebhookSignature.sign("secret", 1700000000L, "{\"a\":1}"))
			.isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
	}

	@Test
	void anotherTimestampOrBodyGivesAnotherSignature() {
		String signature = WebhookSignature.sign("secret", 1700000000L, "{\"a\":1}");
		assertThat(WebhookSignature.sign("secret", 1700000001L, "{\"a\":1}")).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign("secret", 1700000000L, "{\"a\":2}")).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign("other", 1700000000L, "{\"a\":1}")).isNotEqualTo(signature);
	}

}
