package dev.mamori.sbom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.diff.DiffBodies;
import dev.mamori.sbom.format.ExportFormat;
import dev.mamori.sbom.internal.CombinedSbom;
import dev.mamori.sbom.internal.SbomExportService;
import dev.mamori.sbom.internal.SbomImportService;
import dev.mamori.sbom.internal.SbomQueries;
import dev.mamori.sbom.internal.StoredSbom;
import dev.mamori.sbom.internal.Upload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * SBOMs of a product version: upload (raw body or multipart), read, download, export,
 * vendor SBOMs.
 */
@RestController
@RequestMapping("/api/v1/products/{productId}/versions/{versionId}")
class SbomApiController {

	private final SbomImportService imports;

	private final SbomQueries queries;

	private final SbomExportService exports;

	private final SbomJson json;

	SbomApiController(SbomImportService imports, SbomQueries queries, SbomExportService exports, SbomJson json) {
		this.imports = imports;
		this.queries = queries;
		this.exports = exports;
		this.json = json;
	}

	/** A new revision from a multipart upload (part {@code file}). */
	@PostMapping(path = "/sboms", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RequiresPermission(Permission.SBOM_WRITE)
	ResponseEntity<SbomJson.Document> uploadFile(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestPart("file") MultipartFile file) {
		return created(productId, versionId,
				this.imports.importRevision(new ProductId(productId), new ProductVersionId(versionId), upload(file)));
	}

	/** A new revision from the raw request body; {@code ?filename=} names it. */
	@PostMapping("/sboms")
	@RequiresPermission(Permission.SBOM_WRITE)
	ResponseEntity<SbomJson.Document> uploadBody(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody byte[] content, @RequestParam(required = false) String filename) {
		return created(productId, versionId, this.imports.importRevision(new ProductId(productId),
				new ProductVersionId(versionId), new Upload(filename, content)));
	}

	@GetMapping("/sboms")
	@RequiresPermission(Permission.SBOM_READ)
	List<SbomJson.Document> documents(@PathVariable UUID productId, @PathVariable UUID versionId) {
		return this.queries.documents(new ProductId(productId), new ProductVersionId(versionId))
			.stream()
			.map(this.json::document)
			.toList();
	}

	@GetMapping("/sboms/{documentId}")
	@RequiresPermission(Permission.SBOM_READ)
	SbomJson.Document document(@PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID documentId) {
		return this.json.document(this.queries
			.document(new ProductId(productId), new ProductVersionId(versionId), new SbomDocumentId(documentId))
			.sbom());
	}

	@GetMapping("/sboms/{documentId}/components")
	@RequiresPermission(Permission.SBOM_READ)
	List<DiffBodies.ComponentBody> documentComponents(@PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID documentId) {
		return this.queries
			.document(new ProductId(productId), new ProductVersionId(versionId), new SbomDocumentId(documentId))
			.document()
			.components()
			.stream()
			.map(DiffBodies::component)
			.toList();
	}

	/** The document exactly as uploaded. */
	@GetMapping("/sboms/{documentId}/content")
	@RequiresPermission(Permission.SBOM_READ)
	ResponseEntity<byte[]> content(@PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID documentId) {
		ProductId product = new ProductId(productId);
		ProductVersionId version = new ProductVersionId(versionId);
		SbomDocumentId id = new SbomDocumentId(documentId);
		StoredSbom sbom = this.queries.document(product, version, id).sbom();
		return download(this.queries.content(product, version, id), sbom.format().mediaType(),
				(sbom.filename() != null) ? sbom.filename() : "sbom-" + documentId);
	}

	/**
	 * The version's current components (vendor SBOMs merged in) and their support flags.
	 */
	@GetMapping("/components")
	@RequiresPermission(Permission.SBOM_READ)
	Map<String, Object> components(@PathVariable UUID productId, @PathVariable UUID versionId) {
		CombinedSbom combined = this.queries.combined(new ProductId(productId), new ProductVersionId(versionId));
		return Map.of("revision", (combined.latest() != null) ? combined.latest().revision() : 0, "components",
				combined.document().components().stream().map(DiffBodies::component).toList(), "supportFlags",
				combined.supportFlags().stream().map(SbomJson::flag).toList());
	}

	/**
	 * The version's current SBOM in {@code ?format=} (cyclonedx-json, cyclonedx-xml,
	 * spdx-json, spdx-tv, csv).
	 */
	@GetMapping("/sbom")
	@RequiresPermission(Permission.SBOM_READ)
	ResponseEntity<byte[]> export(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(defaultValue = "cyclonedx-json") String format) {
		ExportFormat exportFormat = ExportFormat.fromCliName(format)
			.orElseThrow(() -> ValidationFailedException.of("format", "sbom.export.unknownFormat", format));
		SbomExportService.Export export = this.exports.export(new ProductId(productId), new ProductVersionId(versionId),
				exportFormat);
		return download(export.content(), export.mediaType(), export.filename());
	}

	/**
	 * A supplier's SBOM for one component ({@code ?component=} its ref in the current
	 * revision).
	 */
	@PostMapping(path = "/vendor-sboms", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RequiresPermission(Permission.SBOM_WRITE)
	ResponseEntity<SbomJson.Document> attachFile(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam("component") String component, @RequestPart("file") MultipartFile file) {
		return created(productId, versionId, this.imports.attachVendorSbom(new ProductId(productId),
				new ProductVersionId(versionId), component, upload(file)));
	}

	@PostMapping("/vendor-sboms")
	@RequiresPermission(Permission.SBOM_WRITE)
	ResponseEntity<SbomJson.Document> attachBody(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam("component") String component, @RequestBody byte[] content,
			@RequestParam(required = false) String filename) {
		return created(productId, versionId, this.imports.attachVendorSbom(new ProductId(productId),
				new ProductVersionId(versionId), component, new Upload(filename, content)));
	}

	private ResponseEntity<SbomJson.Document> created(UUID productId, UUID versionId, StoredSbom sbom) {
		return ResponseEntity
			.created(URI.create("/api/v1/products/" + productId + "/versions/" + versionId + "/sboms/" + sbom.id()))
			.body(this.json.document(sbom));
	}

	static Upload upload(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> download(byte[] content, String mediaType, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
