package dev.mamori.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at the test JVM's PostgreSQL, with the least
 * precedence so that a test can name another database
 * ({@code @SpringBootTest(properties = "mamori.db.url=...")}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (environment.getProperty("mamori.db.url") != null) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("mamori-test-database", Map.of("mamori.db.url",
					TestDatabase.url("mamori_it"), "mamori.admin.password", TestUsers.ADMIN_PASSWORD)));
	}

}
