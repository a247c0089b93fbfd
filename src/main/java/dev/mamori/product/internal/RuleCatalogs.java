package dev.mamori.product.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.product.lifecycle.CompensatingControl;
import dev.mamori.product.lifecycle.ControlCatalog;
import dev.mamori.product.lifecycle.Milestone;
import dev.mamori.product.lifecycle.ObligationCatalog;
import dev.mamori.product.lifecycle.ObligationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The life-cycle rule sets, loaded and validated once at start from
 * {@code mamori.rules.location} (the copies in the jar by default; point it at a
 * directory to ship edited versions). A broken file stops the start with a message naming
 * it.
 */
@Component
public class RuleCatalogs {

	private static final Logger log = LoggerFactory.getLogger(RuleCatalogs.class);

	private final ObligationCatalog obligations;

	private final ControlCatalog controls;

	RuleCatalogs(ResourceLoader resources, ObjectMapper json,
			@Value("${mamori.rules.location:classpath:rules/}") String location) {
		String base = location.endsWith("/") ? location : location + "/";
		this.obligations = read(resources.getResource(base + "milestone-obligations.json"), json, ObligationsFile.class,
				ObligationsFile::toCatalog);
		this.controls = read(resources.getResource(base + "compensating-controls.json"), json, ControlsFile.class,
				ControlsFile::toCatalog);
		log.info("Life-cycle rules: {} v{} ({} obligations), {} v{} ({} controls)", this.obligations.id(),
				this.obligations.version(), this.obligations.items().size(), this.controls.id(),
				this.controls.version(), this.controls.controls().size());
	}

	public ObligationCatalog obligations() {
		return this.obligations;
	}

	public ControlCatalog controls() {
		return this.controls;
	}

	private static <F, C> C read(Resource resource, ObjectMapper json, Class<F> type, Function<F, C> toCatalog) {
		try (InputStream in = resource.getInputStream()) {
			return toCatalog.apply(json.readValue(in, type));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rule set " + resource.getDescription(), ex);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("Invalid rule set " + resource.getDescription() + ": " + ex.getMessage(),
					ex);
		}
	}

	@JsonIgnoreProperties("source")
	record ObligationsFile(String id, String version, int dueSoonDays, int changeNoticeDays, List<Item> items) {

		ObligationCatalog toCatalog() {
			return new ObligationCatalog(this.id, this.version, this.dueSoonDays, this.changeNoticeDays,
					this.items.stream()
						.map((item) -> new ObligationDefinition(item.code(), item.milestone(), item.requirement(),
								item.ja(), item.en()))
						.toList());
		}

		record Item(String code, Milestone milestone, String requirement, String ja, String en) {
		}

	}

	@JsonIgnoreProperties("source")
	record ControlsFile(String id, String version, List<Control> controls) {

		ControlCatalog toCatalog() {
			return new ControlCatalog(this.id, this.version,
					this.controls.stream()
						.map((control) -> new CompensatingControl(control.id(), control.ja(), control.en(),
								control.descriptionJa(), control.descriptionEn()))
						.toList());
		}

		record Control(String id, String ja, String en, @JsonProperty("descriptionJa") String descriptionJa,
				@JsonProperty("descriptionEn") String descriptionEn) {
		}

	}

}
