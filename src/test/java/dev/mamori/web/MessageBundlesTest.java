package dev.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mamori.access.Role;
import dev.mamori.audit.ChainVerification;
import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.LegacyStatus;
import dev.mamori.product.LifecyclePhase;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.product.lifecycle.Milestone;
import dev.mamori.product.lifecycle.ObligationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string exists in Japanese and English: the two bundles have the same
 * keys, and every key a template or the code refers to is in them.
 */
class MessageBundlesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static Properties japanese;

	static Properties english;

	@BeforeAll
	static void load() throws IOException {
		japanese = bundle("/messages_ja.properties");
		english = bundle("/messages_en.properties");
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(new TreeSet<>(english.stringPropertyNames()))
			.isEqualTo(new TreeSet<>(japanese.stringPropertyNames()));
	}

	@Test
	void noMessageIsEmpty() {
		for (Properties bundle : List.of(japanese, english)) {
			assertThat(bundle.stringPropertyNames())
				.allSatisfy((key) -> assertThat(bundle.getProperty(key)).isNotBlank());
		}
	}

	/**
	 * Keys written as {@code #{key}}, and labels passed to the form fragments
	 * ({@code 'product.name'}).
	 */
	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
		Pattern fragmentCall = Pattern.compile("fragments/forms :: \\w+\\(([^)]*)\\)");
		Pattern quotedKey = Pattern.compile("'([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)'");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file);
				List<String> keys = new ArrayList<>();
				literal.matcher(template).results().forEach((result) -> keys.add(result.group(1)));
				fragmentCall.matcher(template)
					.results()
					.forEach((call) -> quotedKey.matcher(call.group(1))
						.results()
						.forEach((key) -> keys.add(key.group(1))));
				keys.stream()
					.filter((key) -> !japanese.containsKey(key))
					.forEach((key) -> missing.add(TEMPLATES.relativize(file) + ": " + key));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyLabelOfAnEnumShownToUsersExists() {
		List<String> keys = new ArrayList<>();
		add(keys, "phase.", LifecyclePhase.values());
		add(keys, "legacy.", LegacyStatus.values());
		add(keys, "deviceClass.", DeviceClass.values());
		add(keys, "environment.", IntendedEnvironment.values());
		add(keys, "interface.", InterfaceType.values());
		add(keys, "wireless.", WirelessKind.values());
		add(keys, "role.", Role.values());
		add(keys, "obligation.status.", ObligationStatus.values());
		add(keys, "milestone.", Milestone.values());
		add(keys, "channel.", DeliveryChannel.values());
		add(keys, "audit.problem.", ChainVerification.Problem.values());
		for (int status : new int[] { 400, 401, 403, 404, 405, 406, 409, 413, 415, 500 }) {
			keys.add("problem.title." + status);
			keys.add("problem.detail." + status);
		}
		assertThat(keys).allSatisfy((key) -> assertThat(japanese).containsKey(key));
	}

	/**
	 * Message codes in the code: string literals with a known prefix, except audit
	 * actions (which name events, not messages).
	 */
	@Test
	void everyMessageCodeInTheCodeExists() throws IOException {
		Pattern code = Pattern.compile(
				"\"((?:validation|product|version|legacy|obligation|control|user|password|error|problem|audit|cli|database|apikey|account|entity|nav|panel|typeMismatch|sbom)\\.[A-Za-z0-9.]+)\"");
		Pattern auditAction = Pattern.compile("(?:AuditRecord\\s*\\.of|new AuditRecord)\\(\\s*\"([^\"]+)\"");
		// Audit actions chosen into a variable first: String action = cond ? "a.b" :
		// "c.d";
		Pattern actionVariable = Pattern.compile("String action = [^;]*;");
		Pattern quoted = Pattern.compile("\"([^\"]+)\"");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Set<String> actions = new TreeSet<>();
				auditAction.matcher(source).results().forEach((result) -> actions.add(result.group(1)));
				actionVariable.matcher(source)
					.results()
					.forEach((statement) -> quoted.matcher(statement.group())
						.results()
						.forEach((literal) -> actions.add(literal.group(1))));
				Matcher matcher = code.matcher(source);
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!japanese.containsKey(key) && !actions.contains(key) && !key.endsWith(".")) {
						missing.add(key + " in " + file.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static void add(List<String> keys, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			keys.add(prefix + value.name());
		}
	}

}
