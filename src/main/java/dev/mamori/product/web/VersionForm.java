package dev.mamori.product.web;

import java.time.LocalDate;

import dev.mamori.product.internal.VersionInput;
import dev.mamori.product.internal.VersionView;

import org.springframework.format.annotation.DateTimeFormat;

/** The product-version form. */
public class VersionForm {

	private String version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate releaseDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate eolDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate eosDate;

	private String supportPlan;

	private String upgradeOptions;

	private Integer revision;

	private String reason;

	static VersionForm of(VersionView version) {
		VersionForm form = new VersionForm();
		form.version = version.version();
		form.releaseDate = version.dates().release();
		form.eolDate = version.dates().eol();
		form.eosDate = version.dates().eos();
		form.supportPlan = version.supportPlan();
		form.upgradeOptions = version.upgradeOptions();
		form.revision = version.revision();
		return form;
	}

	VersionInput toInput() {
		return new VersionInput(this.version, this.releaseDate, this.eolDate, this.eosDate, this.supportPlan,
				this.upgradeOptions);
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public LocalDate getReleaseDate() {
		return this.releaseDate;
	}

	public void setReleaseDate(LocalDate releaseDate) {
		this.releaseDate = releaseDate;
	}

	public LocalDate getEolDate() {
		return this.eolDate;
	}

	public void setEolDate(LocalDate eolDate) {
		this.eolDate = eolDate;
	}

	public LocalDate getEosDate() {
		return this.eosDate;
	}

	public void setEosDate(LocalDate eosDate) {
		this.eosDate = eosDate;
	}

	public String getSupportPlan() {
		return this.supportPlan;
	}

	public void setSupportPlan(String supportPlan) {
		this.supportPlan = supportPlan;
	}

	public String getUpgradeOptions() {
		return this.upgradeOptions;
	}

	public void setUpgradeOptions(String upgradeOptions) {
		this.upgradeOptions = upgradeOptions;
	}

	public Integer getRevision() {
		return this.revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
