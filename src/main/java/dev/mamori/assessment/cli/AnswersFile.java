package dev.mamori.assessment.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.assessment.rubric.Answer;
import dev.mamori.common.ValidationFailedException;

/**
 * Reads a rubric answer file: {@code {"answers": {"XAVN": "yes", ...}}}, each answer
 * {@code yes}, {@code no} or {@code unknown}.
 */
final class AnswersFile {

	private static final ObjectMapper JSON = new ObjectMapper();

	private AnswersFile() {
	}

	static Map<String, Answer> read(Path file) {
		JsonNode root;
		try {
			root = JSON.readTree(Files.readString(file));
		}
		catch (NoSuchFileException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.rubric.noFile", file);
		}
		catch (IOException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.rubric.unreadable", file,
					String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
		JsonNode answers = (root != null) ? root.get("answers") : null;
		if (answers == null || !answers.isObject()) {
			throw ValidationFailedException.of(file.toString(), "cli.rubric.notAnswers", file);
		}
		Map<String, Answer> read = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : answers.properties()) {
			String text = entry.getValue().isTextual() ? entry.getValue().asText() : entry.getValue().toString();
			read.put(entry.getKey(),
					Answer.parse(text)
						.orElseThrow(() -> ValidationFailedException.of(entry.getKey(), "cli.rubric.badAnswer",
								entry.getKey(), text)));
		}
		return read;
	}

}
