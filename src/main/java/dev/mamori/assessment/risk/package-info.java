/**
 * Clinical risk (V3; T§5.2, §6.3, JIS T 14971 / ISO 14971) and SSVC: severity of harm,
 * probability of exploitation derived from the scores, KEV and EPSS by a rule set, a
 * configurable risk matrix giving the risk level, its acceptability and FDA's
 * controlled/uncontrolled classification, and CERT/CC's SSVC supplier decision. All of it
 * is versioned data; every result names the rule set that produced it. Pure: no Spring,
 * no I/O.
 */
package dev.mamori.assessment.risk;
