package dev.mamori.sbom.internal;

import java.util.Objects;

/**
 * A document as it arrived: its bytes, kept as they are, and the file name it came with
 * (if any).
 */
public record Upload(String filename, byte[] content) {

	public Upload {
		Objects.requireNonNull(content, "content");
		filename = (filename == null || filename.isBlank()) ? null : filename.strip();
	}

}
