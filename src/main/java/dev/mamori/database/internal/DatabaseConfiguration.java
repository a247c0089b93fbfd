package dev.mamori.database.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.mamori.database.DatabaseTarget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's {@link DataSource}: the external PostgreSQL named by {@code mamori.db.url}
 * ({@code MAMORI_DB_URL}), or the embedded one under {@code mamori.data.dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseConfiguration.DatabaseSettings.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseSettings settings) {
		return DatabaseServer.start(settings.target());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DatabaseServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("mamori");
		dataSource.setJdbcUrl(server.jdbcUrl());
		server.user().ifPresent(dataSource::setUsername);
		server.password().ifPresent(dataSource::setPassword);
		return dataSource;
	}

	/**
	 * Refuses to migrate a server older than PostgreSQL 14, then lets Flyway own the
	 * schema.
	 */
	@Bean
	FlywayMigrationStrategy flywayMigrationStrategy() {
		return (flyway) -> {
			ServerVersionCheck.requireSupported(flyway.getConfiguration().getDataSource());
			flyway.migrate();
		};
	}

	/**
	 * {@code mamori.db.*} ({@code MAMORI_DB_URL}, {@code MAMORI_DB_USER},
	 * {@code MAMORI_DB_PASSWORD}) and {@code mamori.data.dir} ({@code MAMORI_DATA_DIR},
	 * {@code --data}).
	 */
	@ConfigurationProperties("mamori")
	record DatabaseSettings(Db db, Data data) {

		DatabaseTarget target() {
			if (this.db != null && this.db.url() != null && !this.db.url().isBlank()) {
				return new DatabaseTarget.External(this.db.url().strip(), this.db.user(), this.db.password());
			}
			Path directory = (this.data != null && this.data.dir() != null) ? this.data.dir()
					: DatabaseTarget.DEFAULT_DATA_DIRECTORY;
			return new DatabaseTarget.Embedded(directory);
		}

		record Db(String url, String user, String password) {

			@Override
			public String toString() {
				return "Db[url=" + this.url + ", user=" + this.user + ", password=***]";
			}

		}

		record Data(Path dir) {
		}

	}

}
