package dev.mamori.product.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductPageSection;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductService;
import dev.mamori.product.internal.ProductView;
import dev.mamori.product.lifecycle.TimelineChart;
import dev.mamori.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product pages: the portfolio, one product with its versions and timeline, and the
 * product form.
 */
@Controller
@RequestMapping("/products")
class ProductPageController {

	private final PortfolioQueries portfolio;

	private final ProductService products;

	private final PageSections sections;

	ProductPageController(PortfolioQueries portfolio, ProductService products, PageSections sections) {
		this.portfolio = portfolio;
		this.products = products;
		this.sections = sections;
	}

	@GetMapping
	@RequiresPermission(Permission.PRODUCT_READ)
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		LocalDate today = this.portfolio.today();
		String needle = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("products",
				this.portfolio.products(today)
					.stream()
					.filter((product) -> needle.isEmpty() || matches(product, needle))
					.toList());
		model.addAttribute("q", (query == null) ? "" : query);
		model.addAttribute("today", today);
		return "product/list";
	}

	/** The table rows only, for the list's live filter (htmx). */
	@GetMapping(params = "fragment=rows")
	@RequiresPermission(Permission.PRODUCT_READ)
	String rows(@RequestParam(name = "q", required = false) String query, Model model) {
		list(query, model);
		return "product/list :: rows";
	}

	@GetMapping("/new")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String newProduct(Model model) {
		model.addAttribute("form", new ProductForm());
		return form(model, null);
	}

	@PostMapping
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String create(@ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var id = FormErrors.attempt(result, () -> this.products.createProduct(form.toInput()));
		if (id.isEmpty()) {
			return form(model, null);
		}
		redirect.addFlashAttribute("notice", "product.created");
		return "redirect:/products/" + id.get();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.PRODUCT_READ)
	String detail(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model) {
		LocalDate today = this.portfolio.today();
		LocalDate day = (at != null) ? at : today;
		ProductView product = this.portfolio.product(new ProductId(id), day);
		model.addAttribute("product", product);
		model.addAttribute("day", day);
		model.addAttribute("today", today);
		List<TimelineChart.Entry> oldestFirst = new ArrayList<>();
		product.versions()
			.forEach((version) -> oldestFirst.add(0, new TimelineChart.Entry(version.version(), version.dates())));
		model.addAttribute("timeline", TimelineChart.of(oldestFirst, day));
		model.addAttribute("sections", this.sections.forPage(ProductPageSection.Page.PRODUCT, product.id(), null));
		return "product/detail";
	}

	@GetMapping("/{id}/edit")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String edit(@PathVariable UUID id, Model model) {
		ProductView product = this.portfolio.product(new ProductId(id), this.portfolio.today());
		model.addAttribute("form", ProductForm.of(product.details(), product.revision()));
		return form(model, product);
	}

	@PostMapping("/{id}")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String update(@PathVariable UUID id, @ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductId productId = new ProductId(id);
		if (!FormErrors.save(result,
				() -> this.products.updateProduct(productId, form.getRevision(), form.toInput(), form.getReason()))) {
			return form(model, this.portfolio.product(productId, this.portfolio.today()));
		}
		redirect.addFlashAttribute("notice", "product.updated");
		return "redirect:/products/" + id;
	}

	@PostMapping("/{id}/delete")
	@RequiresPermission(Permission.PRODUCT_WRITE)
	String delete(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			RedirectAttributes redirect) {
		this.products.deleteProduct(new ProductId(id), reason);
		redirect.addFlashAttribute("notice", "product.deleted");
		return "redirect:/products";
	}

	private static String form(Model model, ProductView product) {
		model.addAttribute("product", product);
		model.addAttribute("deviceClasses", DeviceClass.values());
		model.addAttribute("environments", IntendedEnvironment.values());
		model.addAttribute("interfaceTypes", InterfaceType.values());
		model.addAttribute("wirelessKinds", WirelessKind.values());
		return "product/form";
	}

	private static boolean matches(ProductView product, String needle) {
		var details = product.details();
		return contains(details.name(), needle) || contains(details.modelNumber(), needle)
				|| contains(details.genericName(), needle) || contains(details.approvalNumber(), needle);
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

}
