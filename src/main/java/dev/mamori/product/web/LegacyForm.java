package dev.mamori.product.web;

import java.time.LocalDate;

import dev.mamori.product.internal.LegacyAssessmentInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The legacy-assessment form (P5). */
public class LegacyForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	private Boolean protectedByUpdates;

	private Boolean protectedByControls;

	private String rationale;

	LegacyAssessmentInput toInput() {
		return new LegacyAssessmentInput(this.assessedOn, this.protectedByUpdates, this.protectedByControls,
				this.rationale);
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public Boolean getProtectedByUpdates() {
		return this.protectedByUpdates;
	}

	public void setProtectedByUpdates(Boolean protectedByUpdates) {
		this.protectedByUpdates = protectedByUpdates;
	}

	public Boolean getProtectedByControls() {
		return this.protectedByControls;
	}

	public void setProtectedByControls(Boolean protectedByControls) {
		this.protectedByControls = protectedByControls;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

}
