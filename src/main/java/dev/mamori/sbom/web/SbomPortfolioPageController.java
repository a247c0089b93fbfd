package dev.mamori.sbom.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.SbomDocumentId;
import dev.mamori.sbom.internal.ComponentSupportService;
import dev.mamori.sbom.internal.SbomQueries;
import dev.mamori.web.LocalPath;
import dev.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * SBOM pages across the portfolio: diffs, the component repository, support dates and
 * flags.
 */
@Controller
class SbomPortfolioPageController {

	static final int PANEL_LIMIT = 10;

	private final SbomQueries queries;

	private final ComponentSupportService support;

	private final Messages messages;

	SbomPortfolioPageController(SbomQueries queries, ComponentSupportService support, Messages messages) {
		this.queries = queries;
		this.support = support;
		this.messages = messages;
	}

	/** The difference between two SBOM documents (e.g. two revisions). */
	@GetMapping("/sboms/diff")
	@RequiresPermission(Permission.SBOM_READ)
	String diff(@RequestParam UUID from, @RequestParam UUID to, Model model) {
		model.addAttribute("diff", this.queries.diff(new SbomDocumentId(from), new SbomDocumentId(to)));
		model.addAttribute("title", "sbom.diff.revisions");
		return "sbom/diff";
	}

	/** The difference between the current components of two product versions. */
	@GetMapping("/products/{productId}/versions/{versionId}/diff")
	@RequiresPermission(Permission.SBOM_READ)
	String diffVersions(@PathVariable UUID productId, @PathVariable UUID versionId, @RequestParam UUID toVersion,
			@RequestParam(required = false) UUID toProduct, Model model) {
		model.addAttribute("diff", this.queries.diffVersions(new ProductId(productId), new ProductVersionId(versionId),
				new ProductId((toProduct != null) ? toProduct : productId), new ProductVersionId(toVersion)));
		model.addAttribute("title", "sbom.diff.versions");
		return "sbom/diff";
	}

	@GetMapping("/components")
	@RequiresPermission(Permission.SBOM_READ)
	String repository(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("q", (query == null) ? "" : query);
		model.addAttribute("hits", this.queries.repository(query));
		model.addAttribute("entries", this.support.entries());
		return "sbom/repository";
	}

	/** Records an end-of-support date entered by hand, then goes back. */
	@PostMapping("/component-support")
	@RequiresPermission(Permission.SBOM_WRITE)
	String setSupport(@RequestParam("componentKey") String componentKey,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "endOfSupport",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOfSupport,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "returnTo", defaultValue = "/components") String returnTo,
			RedirectAttributes redirect) {
		try {
			this.support.set(componentKey, version, endOfSupport, note);
			redirect.addFlashAttribute("notice", "sbom.support.saved");
		}
		catch (ValidationFailedException failure) {
			var violation = failure.violations().get(0);
			redirect.addFlashAttribute("supportError",
					this.messages.get(violation.code(), violation.arguments().toArray()));
		}
		return "redirect:" + LocalPath.orDefault(returnTo, "/components");
	}

	@PostMapping("/component-support/{id}/delete")
	@RequiresPermission(Permission.SBOM_WRITE)
	String removeSupport(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "returnTo", defaultValue = "/components") String returnTo,
			RedirectAttributes redirect) {
		try {
			this.support.remove(id, reason);
			redirect.addFlashAttribute("notice", "sbom.support.removed");
		}
		catch (ValidationFailedException failure) {
			var violation = failure.violations().get(0);
			redirect.addFlashAttribute("supportError",
					this.messages.get(violation.code(), violation.arguments().toArray()));
		}
		return "redirect:" + LocalPath.orDefault(returnTo, "/components");
	}

	/** The product page's section: flags of all its versions. */
	@GetMapping("/products/{productId}/sbom-section")
	@RequiresPermission(Permission.SBOM_READ)
	String productSection(@PathVariable UUID productId, Model model) {
		ProductId product = new ProductId(productId);
		model.addAttribute("flagged",
				this.queries.supportFlags()
					.stream()
					.filter((version) -> version.version().productId().equals(product))
					.toList());
		return "sbom/panels :: productSupport";
	}

	@GetMapping("/sbom/panels/support")
	@RequiresPermission(Permission.SBOM_READ)
	String supportPanel(Model model) {
		List<SbomQueries.VersionSupportFlags> flagged = this.queries.supportFlags();
		model.addAttribute("flagged", flagged.subList(0, Math.min(PANEL_LIMIT, flagged.size())));
		model.addAttribute("total", flagged.stream().mapToInt((version) -> version.flags().size()).sum());
		return "sbom/panels :: support";
	}

}
