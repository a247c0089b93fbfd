package dev.mamori.sbom.web;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.sbom.internal.DependencyTrackUploads;
import dev.mamori.sbom.internal.StoredSbom;
import dev.mamori.sbom.internal.Upload;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dependency-Track's BOM upload API, so that existing CI plugins (Jenkins, GitHub
 * Actions, the Maven and Gradle plugins) upload to Mamori unchanged:
 * {@code PUT /api/v1/bom} with JSON and a base64 {@code bom}, or {@code POST /api/v1/bom}
 * as multipart; the answer's {@code token} can be polled, and processing is always
 * finished by the time it is returned.
 */
@RestController
class DependencyTrackApiController {

	private final DependencyTrackUploads uploads;

	DependencyTrackApiController(DependencyTrackUploads uploads) {
		this.uploads = uploads;
	}

	@PutMapping(path = "/api/v1/bom", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.SBOM_WRITE)
	Map<String, Object> put(@RequestBody BomRequest request) {
		byte[] content = decode(request.bom());
		StoredSbom sbom = this.uploads.upload(request.project(), request.projectName(), request.projectVersion(),
				Boolean.TRUE.equals(request.autoCreate()), new Upload(null, content));
		return SbomJson.token(sbom.id().value());
	}

	@PostMapping(path = "/api/v1/bom", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RequiresPermission(Permission.SBOM_WRITE)
	Map<String, Object> post(@RequestParam(required = false) String project,
			@RequestParam(required = false) String projectName, @RequestParam(required = false) String projectVersion,
			@RequestParam(required = false) Boolean autoCreate, @RequestPart("bom") MultipartFile bom) {
		StoredSbom sbom = this.uploads.upload(project, projectName, projectVersion, Boolean.TRUE.equals(autoCreate),
				SbomApiController.upload(bom));
		return SbomJson.token(sbom.id().value());
	}

	/**
	 * Dependency-Track's processing status; Mamori imports synchronously, so it is never
	 * processing.
	 */
	@GetMapping("/api/v1/bom/token/{token}")
	@RequiresPermission(Permission.SBOM_READ)
	Map<String, Object> token(@PathVariable UUID token) {
		this.uploads.requireToken(token);
		return Map.of("processing", false);
	}

	private static byte[] decode(String bom) {
		if (bom == null || bom.isBlank()) {
			throw ValidationFailedException.of("bom", "validation.required");
		}
		try {
			return Base64.getMimeDecoder().decode(bom);
		}
		catch (IllegalArgumentException ex) {
			throw ValidationFailedException.of("bom", "sbom.dt.notBase64");
		}
	}

	/**
	 * Dependency-Track's upload body; {@code project} is a Mamori product version id when
	 * given.
	 */
	record BomRequest(String project, String projectName, String projectVersion, Boolean autoCreate, String bom) {
	}

}
