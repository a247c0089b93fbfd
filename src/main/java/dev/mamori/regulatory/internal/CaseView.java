package dev.mamori.regulatory.internal;

import java.time.LocalDate;
import java.util.List;

import dev.mamori.product.LegacyStatus;
import dev.mamori.product.LifecyclePhase;
import dev.mamori.product.Products;
import dev.mamori.regulatory.rules.DueReport;
import dev.mamori.regulatory.rules.ReportKind;
import dev.mamori.regulatory.rules.Urgency;

/**
 * One case with everything its page shows: the device, the reports sent, the safety
 * measures and the report due next, as of {@code today} (Asia/Tokyo).
 *
 * @param due {@code null} when nothing is due
 */
public record CaseView(ReportCase reportCase, Products.VersionSnapshot device, Products.DeviceLabel label,
		List<SentReportRecord> reports, List<SafetyMeasure> measures, DueReport due, LocalDate today) {

	public Long daysLeft() {
		return (this.due != null) ? this.due.daysLeft(this.today) : null;
	}

	public Urgency urgency() {
		return (this.due != null) ? Urgency.of(this.due.daysLeft(this.today)) : null;
	}

	/** R6: shown so nobody takes EOS or legacy status for a reason to stop. */
	public boolean pastSupportOrLegacy() {
		return this.device.phase() == LifecyclePhase.END_OF_SUPPORT || this.device.legacy() == LegacyStatus.LEGACY;
	}

	public boolean hasFirstReport() {
		return this.reports.stream().anyMatch((report) -> report.kind() == ReportKind.FIRST);
	}

}
