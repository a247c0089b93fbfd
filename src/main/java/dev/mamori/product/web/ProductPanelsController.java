package dev.mamori.product.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.product.LegacyStatus;
import dev.mamori.product.LifecyclePhase;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductView;
import dev.mamori.product.internal.VersionView;
import dev.mamori.product.lifecycle.ObligationStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The product module's dashboard panels, loaded by the dashboard as fragments. */
@Controller
@RequestMapping("/products/panels")
@RequiresPermission(Permission.PRODUCT_READ)
class ProductPanelsController {

	static final int LIMIT = 10;

	private final PortfolioQueries portfolio;

	ProductPanelsController(PortfolioQueries portfolio) {
		this.portfolio = portfolio;
	}

	/** Milestone obligations due or overdue across the portfolio (P4). */
	@GetMapping("/obligations")
	String obligations(Model model) {
		LocalDate today = this.portfolio.today();
		var open = this.portfolio.obligations(today, EnumSet.of(ObligationStatus.DUE, ObligationStatus.OVERDUE));
		model.addAttribute("items", open.subList(0, Math.min(LIMIT, open.size())));
		model.addAttribute("total", open.size());
		model.addAttribute("overdue",
				open.stream().filter((item) -> item.obligation().status() == ObligationStatus.OVERDUE).count());
		model.addAttribute("today", today);
		return "product/panels :: obligations";
	}

	/** Versions per phase today, legacy devices, and versions that need attention. */
	@GetMapping("/lifecycle")
	String lifecycle(Model model) {
		LocalDate today = this.portfolio.today();
		List<ProductView> products = this.portfolio.products(today);
		Map<LifecyclePhase, Integer> phases = new EnumMap<>(LifecyclePhase.class);
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			phases.put(phase, 0);
		}
		int legacy = 0;
		List<Attention> attention = new ArrayList<>();
		for (ProductView product : products) {
			for (VersionView version : product.versions()) {
				phases.merge(version.phase(), 1, Integer::sum);
				if (version.legacy().status() == LegacyStatus.LEGACY) {
					legacy++;
				}
				if (version.legacy().needsAttention() || version.lacksEndOfLifePlan()) {
					attention.add(new Attention(product, version));
				}
			}
		}
		model.addAttribute("phases", phases);
		model.addAttribute("legacyCount", legacy);
		model.addAttribute("attention", attention);
		return "product/panels :: lifecycle";
	}

	/** A version the dashboard points out, with its product. */
	record Attention(ProductView product, VersionView version) {
	}

}
