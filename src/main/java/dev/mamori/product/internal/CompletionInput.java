package dev.mamori.product.internal;

import java.time.LocalDate;

import dev.mamori.product.lifecycle.DeliveryChannel;

/**
 * That an obligation was fulfilled, as entered: when, how, and a note (to whom, which
 * document).
 */
public record CompletionInput(LocalDate doneOn, DeliveryChannel channel, String note) {

}
