package dev.mamori.access;

/**
 * A right to use one capability. Permissions are granted through {@link Role}s and
 * declared by every HTTP endpoint with {@link RequiresPermission}; the authority name
 * equals the enum name.
 */
public enum Permission {

	/** See the dashboard and the navigation. */
	DASHBOARD_VIEW,

	/** Read products, versions, life-cycle phases and obligations. */
	PRODUCT_READ,

	/** Create, change and delete products, versions and their compensating controls. */
	PRODUCT_WRITE,

	/** Record a legacy-device assessment (P5). */
	LEGACY_ASSESS,

	/** Record that a milestone obligation to hospitals was fulfilled (P4). */
	OBLIGATION_RECORD,

	/**
	 * Read SBOMs, their checks, diffs and the component repository (SBOMs are
	 * confidential, S7).
	 */
	SBOM_READ,

	/**
	 * Upload SBOMs (also from CI), attach vendor SBOMs, enter component support dates.
	 */
	SBOM_WRITE,

	/**
	 * Read vulnerability records of every source, the feeds' status and the imports (V1).
	 */
	VULNERABILITY_READ,

	/** Import vulnerability feed files (upload, CLI with an API key) (V1). */
	FEED_IMPORT,

	/**
	 * Import vulnerability feeds from a path on the server; administrators only, as it
	 * reads the server's file system.
	 */
	FEED_IMPORT_SERVER_PATH,

	/**
	 * Start an online sync of a vulnerability source now ("sync now", audited);
	 * administrators only, as it makes the server reach out to the configured hosts.
	 */
	FEED_SYNC,

	/**
	 * Mark a match of a vulnerability to a component as a false positive, with a reason
	 * (V1); assessment proper (VEX states) comes with issue 5.
	 */
	FINDING_TRIAGE,

	/** Read incidents, their investigation and the notifications owed (I1–I4). */
	INCIDENT_READ,

	/**
	 * Open incidents and record their investigation, actions, evidence and notifications
	 * (I1–I4).
	 */
	INCIDENT_WRITE,

	/**
	 * Read malfunction-report cases, their decisions, reports and the deadline board
	 * (R1-R7).
	 */
	REPORT_READ,

	/**
	 * Prepare a case: record facts, draft reports and safety measures (PSIRT may prepare,
	 * R1-R7).
	 */
	REPORT_PREPARE,

	/**
	 * Decide whether a case is reportable and record a report as submitted (safety
	 * officer, R1-R7).
	 */
	REPORT_DECIDE,

	/** Configure notification channels for everyone: SMTP and webhooks. */
	NOTIFICATION_ADMIN,

	/** Change the life-cycle policy thresholds and texts (V5-V8). */
	POLICY_ADMIN,

	/** Read the audit log and verify its hash chain. */
	AUDIT_READ,

	/** Manage user accounts and their roles. */
	USER_ADMIN,

	/** Manage one's own account: language, password, API keys. */
	ACCOUNT_SELF;

	public String authority() {
		return name();
	}

}
