/**
 * Where Mamori keeps its data: an external PostgreSQL 14+ named by {@code MAMORI_DB_URL},
 * or, when none is configured, an embedded PostgreSQL whose files live under the data
 * directory ({@code ./mamori-data} by default) and survive restarts. PostgreSQL is the
 * only SQL dialect.
 * <p>
 * Command-line tools that need the database use {@link DatabaseConnections}; the server
 * gets its {@code DataSource} from this module's configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = "common")
package dev.mamori.database;
