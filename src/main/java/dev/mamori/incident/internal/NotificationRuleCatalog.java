package dev.mamori.incident.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.incident.rules.NotificationRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The rule set of notifications owed to others (I4), loaded and validated once at start
 * from {@code mamori.rules.location} like the other rule sets. A broken file stops the
 * start with a message naming it.
 */
@Component
class NotificationRuleCatalog {

	private static final Logger log = LoggerFactory.getLogger(NotificationRuleCatalog.class);

	private final NotificationRules rules;

	NotificationRuleCatalog(ResourceLoader resources, ObjectMapper json,
			@Value("${mamori.rules.location:classpath:rules/}") String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Resource resource = resources.getResource(base + "incident-notifications.json");
		this.rules = read(resource, json);
		log.info("Incident notification rules: {} v{} ({} duties)", this.rules.id(), this.rules.version(),
				this.rules.duties().size());
	}

	NotificationRules rules() {
		return this.rules;
	}

	static NotificationRules read(Resource resource, ObjectMapper json) {
		try (InputStream in = resource.getInputStream()) {
			return json.copy()
				.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
				.readValue(in, NotificationRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rule set " + resource.getDescription(), ex);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("Invalid rule set " + resource.getDescription() + ": " + ex.getMessage(),
					ex);
		}
	}

}
