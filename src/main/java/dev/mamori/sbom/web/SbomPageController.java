package dev.mamori.sbom.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.diff.ComponentKey;
import dev.mamori.sbom.format.ExportFormat;
import dev.mamori.sbom.internal.CombinedSbom;
import dev.mamori.sbom.internal.SbomExportService;
import dev.mamori.sbom.internal.SbomImportService;
import dev.mamori.sbom.internal.SbomQueries;
import dev.mamori.sbom.internal.StoredSbom;
import dev.mamori.sbom.internal.Upload;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.quality.Element;
import dev.mamori.sbom.quality.NtiaReport;
import dev.mamori.web.Messages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The SBOM pages of a product version: the section on the version page (current revision,
 * NTIA summary, upload, history, vendor SBOMs, exports), a revision with its drill-down,
 * and the current components with their support.
 */
@Controller
@RequestMapping("/products/{productId}/versions/{versionId}")
class SbomPageController {

	static final int PAGE_SIZE = 200;

	private final SbomQueries queries;

	private final SbomImportService imports;

	private final SbomExportService exports;

	private final Messages messages;

	SbomPageController(SbomQueries queries, SbomImportService imports, SbomExportService exports, Messages messages) {
		this.queries = queries;
		this.imports = imports;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/sbom-section")
	@RequiresPermission(Permission.SBOM_READ)
	String section(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		return section(new ProductId(productId), new ProductVersionId(versionId), model, null);
	}

	/**
	 * An upload from the version page; on success the browser goes to the new revision.
	 */
	@PostMapping("/sboms")
	@RequiresPermission(Permission.SBOM_WRITE)
	String upload(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		ProductId product = new ProductId(productId);
		ProductVersionId version = new ProductVersionId(versionId);
		try {
			StoredSbom sbom = this.imports.importRevision(product, version, upload(file));
			response.setHeader("HX-Redirect",
					"/products/" + productId + "/versions/" + versionId + "/sboms/" + sbom.id());
			return section(product, version, model, null);
		}
		catch (DomainException refusal) {
			return section(product, version, model, describe(refusal));
		}
	}

	@PostMapping("/vendor-sboms")
	@RequiresPermission(Permission.SBOM_WRITE)
	String attach(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(name = "component", required = false) String component,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		ProductId product = new ProductId(productId);
		ProductVersionId version = new ProductVersionId(versionId);
		try {
			if (component == null || component.isBlank()) {
				throw ValidationFailedException.of("component", "validation.required");
			}
			this.imports.attachVendorSbom(product, version, component, upload(file));
			response.setHeader("HX-Redirect", "/products/" + productId + "/versions/" + versionId + "/components");
			return section(product, version, model, null);
		}
		catch (DomainException refusal) {
			return section(product, version, model, describe(refusal));
		}
	}

	@GetMapping("/sboms/{documentId}")
	@RequiresPermission(Permission.SBOM_READ)
	String revision(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable UUID documentId,
			@RequestParam(name = "missing", required = false) Element missing,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		var view = this.queries.document(new ProductId(productId), new ProductVersionId(versionId),
				new SbomDocumentId(documentId));
		NtiaReport ntia = view.sbom().ntia();
		var components = view.document().components();
		int first = Math.max(0, page) * PAGE_SIZE;
		model.addAttribute("view", view);
		model.addAttribute("ntia", ntia);
		model.addAttribute("elements", Element.values());
		model.addAttribute("missing", missing);
		model.addAttribute("gaps", (missing == null) ? ntia.componentsMissing()
				: ntia.componentsMissing().stream().filter((gaps) -> gaps.missing().contains(missing)).toList());
		model.addAttribute("problems",
				ntia.problems()
					.stream()
					.map((problem) -> this.messages.get(problem.code(), problem.arguments().toArray()))
					.toList());
		model.addAttribute("components",
				components.subList(Math.min(first, components.size()), Math.min(first + PAGE_SIZE, components.size())));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasNext", first + PAGE_SIZE < components.size());
		model.addAttribute("previous",
				previousRevision(new ProductId(productId), new ProductVersionId(versionId), view.sbom()));
		return "sbom/revision";
	}

	@GetMapping("/sboms/{documentId}/content")
	@RequiresPermission(Permission.SBOM_READ)
	ResponseEntity<byte[]> original(@PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID documentId) {
		ProductId product = new ProductId(productId);
		ProductVersionId version = new ProductVersionId(versionId);
		SbomDocumentId id = new SbomDocumentId(documentId);
		StoredSbom sbom = this.queries.document(product, version, id).sbom();
		return SbomApiController.download(this.queries.content(product, version, id), sbom.format().mediaType(),
				(sbom.filename() != null) ? sbom.filename() : "sbom-" + documentId);
	}

	/**
	 * The current components, vendor SBOMs merged in, with support information and flags;
	 * filtered by name, version, supplier or identifier and shown a page at a time, since
	 * a container image brings thousands.
	 */
	@GetMapping("/components")
	@RequiresPermission(Permission.SBOM_READ)
	String components(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		CombinedSbom combined = this.queries.combined(new ProductId(productId), new ProductVersionId(versionId));
		List<SbomComponent> matching = ComponentFilter.matching(combined.document().components(), query);
		int first = Math.max(0, page) * PAGE_SIZE;
		List<SbomComponent> shown = matching.subList(Math.min(first, matching.size()),
				Math.min(first + PAGE_SIZE, matching.size()));
		Map<String, String> keys = new HashMap<>();
		shown.forEach((component) -> keys.put(component.ref(), ComponentKey.of(component)));
		model.addAttribute("combined", combined);
		model.addAttribute("components", shown);
		model.addAttribute("matchCount", matching.size());
		model.addAttribute("q", (query != null) ? query.strip() : "");
		model.addAttribute("keys", keys);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasNext", first + PAGE_SIZE < matching.size());
		return "sbom/components";
	}

	@GetMapping("/sbom")
	@RequiresPermission(Permission.SBOM_READ)
	ResponseEntity<byte[]> export(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam("format") String format) {
		ExportFormat exportFormat = ExportFormat.fromCliName(format)
			.orElseThrow(() -> ValidationFailedException.of("format", "sbom.export.unknownFormat", format));
		SbomExportService.Export export = this.exports.export(new ProductId(productId), new ProductVersionId(versionId),
				exportFormat);
		return SbomApiController.download(export.content(), export.mediaType(), export.filename());
	}

	private String section(ProductId product, ProductVersionId version, Model model, String error) {
		List<StoredSbom> documents = this.queries.documents(product, version);
		CombinedSbom combined = this.queries.combined(product, version);
		model.addAttribute("productId", product);
		model.addAttribute("versionId", version);
		model.addAttribute("documents", documents);
		model.addAttribute("revisions", documents.stream().filter((sbom) -> !sbom.isVendor()).toList());
		model.addAttribute("vendors", documents.stream().filter(StoredSbom::isVendor).toList());
		model.addAttribute("combined", combined);
		model.addAttribute("elements", Element.values());
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("uploadError", error);
		return "sbom/section :: section";
	}

	private StoredSbom previousRevision(ProductId product, ProductVersionId version, StoredSbom sbom) {
		if (sbom.isVendor()) {
			return null;
		}
		return this.queries.documents(product, version)
			.stream()
			.filter((other) -> !other.isVendor() && other.revision() < sbom.revision())
			.findFirst()
			.orElse(null);
	}

	private String describe(DomainException refusal) {
		return this.messages.describe(refusal);
	}

	private static Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw ValidationFailedException.of("file", "sbom.upload.noFile");
		}
		return SbomApiController.upload(file);
	}

}
