package dev.mamori.product.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductPageSection;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.internal.LifecycleService;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductService;
import dev.mamori.product.internal.RuleCatalogs;
import dev.mamori.product.internal.VersionView;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.web.FormErrors;
import dev.mamori.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The version pages: milestones and phase, compensating controls, legacy assessment and
 * milestone obligations, each with its form.
 */
@Controller
@RequestMapping("/products/{productId}/versions")
class VersionPageController {

	private final PortfolioQueries portfolio;

	private final ProductService products;

	private final LifecycleService lifecycle;

	private final RuleCatalogs rules;

	private final Messages messages;

	private final ReasonTexts reasons;

	private final PageSections sections;

	VersionPageController(PortfolioQueries portfolio, ProductService products, LifecycleService lifecycle,
			RuleCatalogs rules, Messages messages, ReasonTexts reasons, PageSections sections) {
		this.portfolio = portfolio;
		this.products = products;
		this.lifecycle = lifecycle;
		this.rules = rules;
		this.messages = messages;
		this.reasons = reasons;
		this.sections = sections;
	}

	@GetMapping("/new")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String newVersion(@PathVariable UUID productId, Model model) {
		model.addAttribute("form", new VersionForm());
		return form(productId, null, model);
	}

	@PostMapping
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String create(@PathVariable UUID productId, @ModelAttribute("form") VersionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var id = FormErrors.attempt(result,
				() -> this.products.createVersion(new ProductId(productId), form.toInput()));
		if (id.isEmpty()) {
			return form(productId, null, model);
		}
		redirect.addFlashAttribute("notice", "version.created");
		return "redirect:/products/" + productId + "/versions/" + id.get();
	}

	@GetMapping("/{versionId}")
	@RequiresPermission(Permission.PRODUCT_READ)
	String detail(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model) {
		VersionView version = version(productId, versionId, at);
		LegacyForm legacy = new LegacyForm();
		legacy.setAssessedOn(this.portfolio.today());
		CompletionForm completion = new CompletionForm();
		completion.setDoneOn(this.portfolio.today());
		return detail(productId, version, legacy, new BeanPropertyBindingResult(legacy, "legacyForm"), completion,
				model);
	}

	@GetMapping("/{versionId}/edit")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String edit(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		VersionView version = version(productId, versionId, null);
		model.addAttribute("form", VersionForm.of(version));
		return form(productId, version, model);
	}

	@PostMapping("/{versionId}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String update(@PathVariable UUID productId, @PathVariable UUID versionId, @ModelAttribute("form") VersionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!FormErrors.save(result, () -> this.products.updateVersion(new ProductId(productId),
				new ProductVersionId(versionId), form.getRevision(), form.toInput(), form.getReason()))) {
			return form(productId, version(productId, versionId, null), model);
		}
		redirect.addFlashAttribute("notice", "version.updated");
		return "redirect:/products/" + productId + "/versions/" + versionId;
	}

	@PostMapping("/{versionId}/delete")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String delete(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
		this.products.deleteVersion(new ProductId(productId), new ProductVersionId(versionId), reason);
		redirect.addFlashAttribute("notice", "version.deleted");
		return "redirect:/products/" + productId;
	}

	@GetMapping("/{versionId}/controls")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String controls(@PathVariable UUID productId, @PathVariable UUID versionId, Model model) {
		VersionView version = version(productId, versionId, null);
		model.addAttribute("form", ControlsForm.of(this.rules.controls(), version.controls()));
		return controlsForm(productId, version, model);
	}

	@PostMapping("/{versionId}/controls")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String specifyControls(@PathVariable UUID productId, @PathVariable UUID versionId,
			@ModelAttribute("form") ControlsForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!FormErrors.save(result, () -> this.lifecycle.specifyControls(new ProductId(productId),
				new ProductVersionId(versionId), form.selected(), form.getReason()))) {
			return controlsForm(productId, version(productId, versionId, null), model);
		}
		redirect.addFlashAttribute("notice", "version.controlsSpecified");
		return "redirect:/products/" + productId + "/versions/" + versionId + "#controls";
	}

	@PostMapping("/{versionId}/legacy-assessments")
	@RequiresPermission(Permission.LEGACY_ASSESS)
	String assessLegacy(@PathVariable UUID productId, @PathVariable UUID versionId,
			@ModelAttribute("legacyForm") LegacyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.save(result, () -> this.lifecycle.assessLegacy(new ProductId(productId),
				new ProductVersionId(versionId), form.toInput()))) {
			CompletionForm completion = new CompletionForm();
			completion.setDoneOn(this.portfolio.today());
			return detail(productId, version(productId, versionId, null), form, result, completion, model);
		}
		redirect.addFlashAttribute("notice", "legacy.recorded");
		return "redirect:/products/" + productId + "/versions/" + versionId + "#legacy";
	}

	@PostMapping("/{versionId}/obligations/{key}/completion")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	String complete(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable String key,
			@ModelAttribute("completionForm") CompletionForm form, BindingResult result, RedirectAttributes redirect) {
		if (FormErrors.save(result, () -> this.lifecycle.recordCompletion(new ProductId(productId),
				new ProductVersionId(versionId), key, form.toInput()))) {
			redirect.addFlashAttribute("notice", "obligation.recorded");
		}
		else {
			redirect.addFlashAttribute("obligationError", this.messages.get(result.getAllErrors().get(0)));
		}
		return "redirect:/products/" + productId + "/versions/" + versionId + "#obligations";
	}

	@PostMapping("/{versionId}/obligations/backfill")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	String backfill(@PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam(name = "channel", required = false) DeliveryChannel channel,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		try {
			var keys = this.lifecycle.backfillPastDue(new ProductId(productId), new ProductVersionId(versionId),
					channel, note);
			redirect.addFlashAttribute("notice", keys.isEmpty() ? "obligation.backfill.none" : "obligation.backfilled");
		}
		catch (ValidationFailedException failure) {
			var violation = failure.violations().get(0);
			redirect.addFlashAttribute("obligationError",
					this.messages.get(violation.code(), violation.arguments().toArray()));
		}
		return "redirect:/products/" + productId + "/versions/" + versionId + "#obligations";
	}

	@PostMapping("/{versionId}/obligations/{key}/withdraw")
	@RequiresPermission(Permission.OBLIGATION_RECORD)
	String withdraw(@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable String key,
			@RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
		this.lifecycle.withdrawCompletion(new ProductId(productId), new ProductVersionId(versionId), key, reason);
		redirect.addFlashAttribute("notice", "obligation.withdrawn");
		return "redirect:/products/" + productId + "/versions/" + versionId + "#obligations";
	}

	private String detail(UUID productId, VersionView version, LegacyForm legacy, BindingResult legacyResult,
			CompletionForm completion, Model model) {
		model.addAttribute("product", this.portfolio.product(new ProductId(productId), version.day()));
		model.addAttribute("version", version);
		model.addAttribute("legacyReasons",
				this.reasons.texts(version.legacy().reasons(), LocaleContextHolder.getLocale()));
		model.addAttribute("today", this.portfolio.today());
		model.addAttribute("catalog", this.rules.controls());
		model.addAttribute("legacyForm", legacy);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "legacyForm", legacyResult);
		model.addAttribute("legacyOpen", legacyResult.hasErrors());
		model.addAttribute("completionForm", completion);
		model.addAttribute("channels", DeliveryChannel.values());
		model.addAttribute("sections",
				this.sections.forPage(ProductPageSection.Page.VERSION, version.productId(), version.id()));
		return "product/version";
	}

	private String form(UUID productId, VersionView version, Model model) {
		model.addAttribute("product", this.portfolio.product(new ProductId(productId), this.portfolio.today()));
		model.addAttribute("version", version);
		return "product/version-form";
	}

	private String controlsForm(UUID productId, VersionView version, Model model) {
		model.addAttribute("product", this.portfolio.product(new ProductId(productId), this.portfolio.today()));
		model.addAttribute("version", version);
		model.addAttribute("catalog", this.rules.controls());
		return "product/controls-form";
	}

	private VersionView version(UUID productId, UUID versionId, LocalDate at) {
		return this.portfolio.version(new ProductId(productId), new ProductVersionId(versionId),
				(at != null) ? at : this.portfolio.today());
	}

}
