package dev.mamori.regulatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.common.InputChecks;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.regulatory.rules.CaseFacts;
import dev.mamori.regulatory.rules.CyberFacts;
import dev.mamori.regulatory.rules.Origin;
import dev.mamori.regulatory.rules.Outcome;
import dev.mamori.regulatory.rules.PotentialOutcome;
import dev.mamori.regulatory.rules.ReportEvent;

/**
 * Reads the facts of a case from the JSON the issue specifies; every malformed field is
 * reported at once. Unknown fields are refused, since a misspelt fact would otherwise be
 * silently unknown.
 */
final class FactsFile {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> FIELDS = Set.of("origin", "event", "outcome", "potentialOutcome", "predictable",
			"trendUnpredictable", "trendChange", "designatedDevice", "approvalDate", "causalitySuspected", "cyber",
			"informationObtained");

	private static final Set<String> CYBER_FIELDS = Set.of("vulnerableSoftwarePresent", "vulnerableSoftwareUsed",
			"riskReducedNoHarmPossible");

	private FactsFile() {
	}

	static CaseFacts read(Path file) {
		JsonNode root;
		try {
			root = JSON.readTree(Files.readString(file));
		}
		catch (NoSuchFileException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.report.noFile", file);
		}
		catch (IOException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.report.unreadable", file,
					String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
		if (root == null || !root.isObject()) {
			throw ValidationFailedException.of(file.toString(), "cli.report.notFacts", file);
		}
		return parse(root);
	}

	static CaseFacts parse(JsonNode root) {
		InputChecks checks = new InputChecks();
		root.fieldNames()
			.forEachRemaining((name) -> checks.check(FIELDS.contains(name), name, "cli.report.unknownField"));
		JsonNode cyberNode = root.path("cyber");
		CyberFacts cyber = CyberFacts.UNKNOWN;
		if (cyberNode.isObject()) {
			cyberNode.fieldNames()
				.forEachRemaining((name) -> checks.check(CYBER_FIELDS.contains(name), "cyber." + name,
						"cli.report.unknownField"));
			cyber = new CyberFacts(bool(cyberNode, "vulnerableSoftwarePresent", checks),
					bool(cyberNode, "vulnerableSoftwareUsed", checks),
					bool(cyberNode, "riskReducedNoHarmPossible", checks));
		}
		else if (!cyberNode.isMissingNode() && !cyberNode.isNull()) {
			checks.add("cyber", "cli.report.notObject");
		}
		CaseFacts facts = new CaseFacts(value(root, "origin", Origin.class, checks),
				value(root, "event", ReportEvent.class, checks), value(root, "outcome", Outcome.class, checks),
				value(root, "potentialOutcome", PotentialOutcome.class, checks), bool(root, "predictable", checks),
				bool(root, "trendUnpredictable", checks), bool(root, "trendChange", checks),
				bool(root, "designatedDevice", checks), date(root, "approvalDate", checks),
				bool(root, "causalitySuspected", checks), cyber, date(root, "informationObtained", checks));
		checks.throwIfInvalid();
		return facts;
	}

	private static <E extends Enum<E>> E value(JsonNode root, String name, Class<E> type, InputChecks checks) {
		JsonNode node = root.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		String text = node.asText();
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			checks.add(name, "cli.report.badValue", text,
					String.join("|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	private static Boolean bool(JsonNode root, String name, InputChecks checks) {
		JsonNode node = root.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isBoolean()) {
			checks.add(name, "cli.report.badValue", node.toString(), "true|false|null");
			return null;
		}
		return node.booleanValue();
	}

	private static LocalDate date(JsonNode root, String name, InputChecks checks) {
		JsonNode node = root.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		try {
			return LocalDate.parse(node.asText());
		}
		catch (DateTimeParseException ex) {
			checks.add(name, "cli.report.badValue", node.asText(), "yyyy-mm-dd");
			return null;
		}
	}

}
