package dev.mamori.product.web;

import java.time.LocalDate;

import dev.mamori.product.internal.CompletionInput;
import dev.mamori.product.lifecycle.DeliveryChannel;

import org.springframework.format.annotation.DateTimeFormat;

/** The "mark as done" form of a milestone obligation. */
public class CompletionForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate doneOn;

	private DeliveryChannel channel;

	private String note;

	CompletionInput toInput() {
		return new CompletionInput(this.doneOn, this.channel, this.note);
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public DeliveryChannel getChannel() {
		return this.channel;
	}

	public void setChannel(DeliveryChannel channel) {
		this.channel = channel;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
