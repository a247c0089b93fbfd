package dev.mamori.assessment.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.assessment.internal.PortfolioFilter;
import dev.mamori.assessment.internal.PortfolioFindings;
import dev.mamori.assessment.triage.AnalysisState;
import dev.mamori.common.MamoriTime;
import dev.mamori.product.Products;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The findings of the whole portfolio, filtered by product, severity, KEV and analysis
 * state, and the same list as CSV.
 */
@Controller
class PortfolioPageController {

	private final PortfolioFindings findings;

	private final Products products;

	private final Clock clock;

	PortfolioPageController(PortfolioFindings findings, Products products, Clock clock) {
		this.findings = findings;
		this.products = products;
		this.clock = clock;
	}

	@GetMapping("/findings")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	String list(@RequestParam(required = false) UUID product, @RequestParam(required = false) String severity,
			@RequestParam(required = false) Boolean kev, @RequestParam(required = false) String state, Model model) {
		model.addAttribute("findings", this.findings.list(filter(product, severity, kev, state)));
		model.addAttribute("product", product);
		model.addAttribute("severity", (severity != null) ? severity : "");
		model.addAttribute("kev", kev);
		model.addAttribute("state", (state != null) ? state : "");
		model.addAttribute("states", AnalysisState.values());
		Map<UUID, String> productNames = new TreeMap<>();
		this.products.versions(MamoriTime.today(this.clock))
			.forEach((version) -> productNames.put(version.productId().value(), version.productName()));
		model.addAttribute("products", productNames);
		return "assessment/portfolio";
	}

	@GetMapping("/findings.csv")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	ResponseEntity<byte[]> csv(@RequestParam(required = false) UUID product,
			@RequestParam(required = false) String severity, @RequestParam(required = false) Boolean kev,
			@RequestParam(required = false) String state) {
		String csv = PortfolioCsv.of(this.findings.list(filter(product, severity, kev, state)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mamori-findings.csv\"")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static PortfolioFilter filter(UUID product, String severity, Boolean kev, String state) {
		return new PortfolioFilter(product, (severity == null || severity.isBlank()) ? null : severity, kev,
				AnalysisState.parse(state).orElse(null));
	}

}
