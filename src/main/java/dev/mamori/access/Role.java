package dev.mamori.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The jobs people do in Mamori and the permissions each job needs. A user may hold
 * several roles (a small manufacturer's safety officer is often also in the PSIRT).
 */
public enum Role {

	ADMIN(EnumSet.allOf(Permission.class)),

	PSIRT(EnumSet.of(Permission.DASHBOARD_VIEW, Permission.PRODUCT_READ, Permission.PRODUCT_WRITE,
			Permission.LEGACY_ASSESS, Permission.OBLIGATION_RECORD, Permission.SBOM_READ, Permission.SBOM_WRITE,
			Permission.VULNERABILITY_READ, Permission.FEED_IMPORT, Permission.FINDING_TRIAGE, Permission.INCIDENT_READ,
			Permission.INCIDENT_WRITE, Permission.REPORT_READ, Permission.REPORT_PREPARE, Permission.ACCOUNT_SELF)),

	SAFETY_OFFICER(EnumSet.of(Permission.DASHBOARD_VIEW, Permission.PRODUCT_READ, Permission.LEGACY_ASSESS,
			Permission.OBLIGATION_RECORD, Permission.SBOM_READ, Permission.VULNERABILITY_READ, Permission.AUDIT_READ,
			Permission.INCIDENT_READ, Permission.INCIDENT_WRITE, Permission.REPORT_READ, Permission.REPORT_PREPARE,
			Permission.REPORT_DECIDE, Permission.ACCOUNT_SELF)),

	ENGINEER(EnumSet.of(Permission.DASHBOARD_VIEW, Permission.PRODUCT_READ, Permission.PRODUCT_WRITE,
			Permission.SBOM_READ, Permission.SBOM_WRITE, Permission.VULNERABILITY_READ, Permission.INCIDENT_READ,
			Permission.ACCOUNT_SELF)),

	VIEWER(EnumSet.of(Permission.DASHBOARD_VIEW, Permission.PRODUCT_READ, Permission.SBOM_READ,
			Permission.VULNERABILITY_READ, Permission.ACCOUNT_SELF));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Collections.unmodifiableSet(permissions);
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	/** The authority that names the role itself, as Spring Security spells it. */
	public String authority() {
		return "ROLE_" + name();
	}

}
