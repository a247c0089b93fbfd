/**
 * Notifications (V1, R2): users follow products and are told in the application (the bell
 * and the inbox) when new findings touch them, when an incident is opened or changed on
 * them, and, as safety officers, when a malfunction-report deadline comes near. When
 * configured, the same notices go by e-mail (SMTP, {@code spring.mail.*}) and to webhooks
 * an administrator sets up; both through an outbox that a worker sends with retries. Also
 * "new since my last visit": the findings matched after the user last marked them seen.
 * <p>
 * A supporting module (ADR 0009): it listens to the events of the capability modules and
 * owns nothing they need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "common",
		"access", "audit", "web", "database", "identity", "product", "vulnerability", "incident", "regulatory" })
package dev.mamori.notification;
