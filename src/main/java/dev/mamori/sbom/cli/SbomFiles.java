package dev.mamori.sbom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import dev.mamori.common.ValidationFailedException;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.format.SbomFormats;

/**
 * Reading SBOM files for the command line; an unreadable file is bad input (exit code 2).
 */
public final class SbomFiles {

	private SbomFiles() {
	}

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.sbom.noFile", file);
		}
		catch (IOException ex) {
			throw ValidationFailedException.of(file.toString(), "cli.sbom.unreadable", file, ex.getMessage());
		}
	}

	/**
	 * Reads and parses an SBOM file; a missing or unreadable file is bad input (exit 2).
	 */
	public static SbomDocument read(Path file) {
		return SbomFormats.read(bytes(file));
	}

	/**
	 * The format's stable name in JSON output: {@code cyclonedx-json},
	 * {@code spdx-tag-value} …
	 */
	static String formatName(SbomFormat format) {
		return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
