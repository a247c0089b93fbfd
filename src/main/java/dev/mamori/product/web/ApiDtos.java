package dev.mamori.product.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.LegacyStatus;
import dev.mamori.product.LifecyclePhase;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.product.lifecycle.Milestone;
import dev.mamori.product.lifecycle.ObligationStatus;

/**
 * The request and response bodies of the product API; never the stored types themselves.
 */
final class ApiDtos {

	private ApiDtos() {
	}

	/**
	 * A product to create or replace. {@code revision} (optional) is the revision last
	 * read: the update is refused with 409 if the product changed since. {@code reason}
	 * goes to the audit log.
	 */
	record ProductRequest(String name, String modelNumber, String genericName, DeviceClass deviceClass, Boolean samd,
			String approvalNumber, IntendedEnvironment intendedEnvironment, Set<InterfaceType> interfaces,
			Set<WirelessKind> wirelessKinds, String securityContact, Integer revision, String reason) {
	}

	record ProductResponse(UUID id, String name, String modelNumber, String genericName, DeviceClass deviceClass,
			boolean samd, String approvalNumber, IntendedEnvironment intendedEnvironment,
			List<InterfaceType> interfaces, List<WirelessKind> wirelessKinds, String securityContact, int revision,
			LocalDate at, List<VersionSummary> versions) {
	}

	record VersionSummary(UUID id, String version, LocalDate releaseDate, LocalDate eolDate, LocalDate eosDate,
			LifecyclePhase phase, Legacy legacy) {
	}

	/**
	 * Reasons in the caller's language ({@code Accept-Language}), and as stable codes.
	 */
	record Legacy(LegacyStatus status, List<String> reasons, List<String> reasonCodes, LocalDate assessedOn,
			boolean needsAttention) {
	}

	/**
	 * A version to create or replace. Changing EOL or EOS of a version already on sale
	 * needs a {@code reason}.
	 */
	record VersionRequest(String version, LocalDate releaseDate, LocalDate eolDate, LocalDate eosDate,
			String supportPlan, String upgradeOptions, Integer revision, String reason) {
	}

	record VersionResponse(UUID id, UUID productId, String version, LocalDate releaseDate, LocalDate eolDate,
			LocalDate eosDate, String supportPlan, String upgradeOptions, int revision, LocalDate at,
			LifecyclePhase phase, Legacy legacy, boolean lacksEndOfLifePlan, List<Control> compensatingControls,
			List<ObligationItem> obligations, List<Assessment> legacyAssessments, List<Change> milestoneChanges) {
	}

	record Control(String controlId, String name, String specification) {
	}

	record ControlRequest(String controlId, String specification) {
	}

	record ControlsRequest(List<ControlRequest> controls, String reason) {
	}

	record CatalogControl(String id, String name, String description) {
	}

	record Catalog(String id, String version, List<CatalogControl> controls) {
	}

	record ObligationItem(String key, String code, Milestone milestone, String requirement, String name,
			LocalDate dueDate, ObligationStatus status, Completion completion, Change change) {
	}

	record PortfolioObligationItem(UUID productId, String productName, UUID versionId, String version,
			ObligationItem obligation) {
	}

	record Completion(LocalDate doneOn, DeliveryChannel channel, String note, String recordedBy) {
	}

	record CompletionRequest(LocalDate doneOn, DeliveryChannel channel, String note) {
	}

	record Assessment(LocalDate assessedOn, boolean protectedByUpdates, Boolean protectedByControls,
			List<String> controlsAtAssessment, String rationale, String assessor) {
	}

	record AssessmentRequest(LocalDate assessedOn, Boolean protectedByUpdates, Boolean protectedByControls,
			String rationale) {
	}

	record Change(UUID id, LocalDate eolFrom, LocalDate eolTo, LocalDate eosFrom, LocalDate eosTo, LocalDate changedOn,
			String reason) {
	}

	/**
	 * Records every past-due obligation as done on its due date (obligations met before
	 * Mamori was used).
	 */
	record BackfillRequest(DeliveryChannel channel, String note) {
	}

}
