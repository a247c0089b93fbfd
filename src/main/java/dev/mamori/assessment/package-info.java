/**
 * Vulnerability assessment (V2–V8): findings (component × vulnerability × product
 * version) and their VEX-aligned analysis state; CVSS 2.0/3.x/4.0 scores; the medical
 * CVSS rubric that re-scores a vulnerability for the clinical environment; clinical risk
 * per ISO 14971 with FDA's controlled/uncontrolled classification; SSVC decisions; the
 * life-cycle policy that says what a vulnerability needs in each support phase;
 * evaluation records; and the release gate.
 * <p>
 * The rules (scoring, rubric, risk matrix, SSVC) are plain Java in {@code scoring},
 * {@code rubric} and {@code risk}; what a regulator or standard may change is versioned
 * data under {@code rules/}, loaded by {@code rules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "common", "access",
		"audit", "web", "database", "product", "sbom", "vulnerability", "cli" })
package dev.mamori.assessment;
