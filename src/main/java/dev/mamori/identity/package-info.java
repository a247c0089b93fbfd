/**
 * Who is signed in: user accounts with their roles and chosen language, form login with
 * sessions and lockout after repeated failures, HTTP Basic and API keys
 * ({@code X-Api-Key}) for machines on {@code /api/**}, and the enforcement of the
 * permission every endpoint declares. Account changes are audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "common", "access", "audit", "web" })
package dev.mamori.identity;
