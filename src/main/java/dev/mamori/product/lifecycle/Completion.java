package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/** Who recorded that an obligation was fulfilled, when it was done, and how. */
public record Completion(String obligationKey, LocalDate doneOn, DeliveryChannel channel, String note,
		String recordedBy) {

	public Completion {
		Objects.requireNonNull(obligationKey, "obligationKey");
		Objects.requireNonNull(doneOn, "doneOn");
		Objects.requireNonNull(channel, "channel");
		note = (note == null) ? "" : note;
	}

}
