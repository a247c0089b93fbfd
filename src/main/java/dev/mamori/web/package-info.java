/**
 * The shell every page lives in: the layout and navigation, the dashboard that other
 * modules add panels to ({@link DashboardPanel}), the two languages (Japanese by default,
 * English), and the way errors reach users: localized error pages in the UI and RFC 9457
 * problem details on {@code /api/**}. Modules contribute {@link NavigationItem}s and
 * panels as beans; the shell shows only those the user may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = { "common", "access" })
package dev.mamori.web;
