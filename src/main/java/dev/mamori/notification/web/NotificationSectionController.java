package dev.mamori.notification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.common.DomainException;
import dev.mamori.common.MamoriTime;
import dev.mamori.notification.MinimumSeverity;
import dev.mamori.notification.internal.NotificationService;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.Products;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.Findings;
import dev.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fragments other pages load: "follow this product" on a product's page and the dashboard
 * panel of findings new since the user last marked them seen.
 */
@Controller
class NotificationSectionController {

	private static final int PANEL_SIZE = 15;

	private final NotificationService notifications;

	private final Findings findings;

	private final Products products;

	private final Messages messages;

	private final Clock clock;

	NotificationSectionController(NotificationService notifications, Findings findings, Products products,
			Messages messages, Clock clock) {
		this.notifications = notifications;
		this.findings = findings;
		this.products = products;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/products/{productId}/follow-section")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String followSection(@PathVariable UUID productId, Model model) {
		return follow(productId, model, null);
	}

	@PostMapping("/products/{productId}/follow")
	@RequiresPermission(Permission.ACCOUNT_SELF)
	String follow(@PathVariable UUID productId, @RequestParam(defaultValue = "true") boolean follow,
			@RequestParam(required = false) MinimumSeverity minSeverity,
			@RequestParam(defaultValue = "false") boolean email, Model model) {
		try {
			if (follow) {
				this.notifications.subscribe(productId, minSeverity, email);
			}
			else {
				this.notifications.unsubscribe(productId);
			}
			return follow(productId, model, null);
		}
		catch (DomainException refusal) {
			return follow(productId, model, this.messages.describe(refusal));
		}
	}

	@GetMapping("/notifications/panels/new-findings")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	String newFindings(Model model) {
		var since = this.notifications.findingsSeenAt();
		model.addAttribute("since", since);
		model.addAttribute("count", this.findings.countMatchedSince(since));
		Map<ProductVersionId, Optional<VersionSnapshot>> versions = new HashMap<>();
		LocalDate today = MamoriTime.today(this.clock);
		List<NewFinding> rows = new ArrayList<>();
		for (FindingView finding : this.findings.matchedSince(since, PANEL_SIZE)) {
			versions.computeIfAbsent(finding.version(), (id) -> this.products.findVersion(id, today))
				.ifPresent((version) -> rows.add(new NewFinding(finding, version)));
		}
		model.addAttribute("findings", rows);
		return "notification/panels :: newFindings";
	}

	@PostMapping("/notifications/new-findings/seen")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	String markSeen(Model model) {
		this.notifications.markFindingsSeen();
		return newFindings(model);
	}

	/** A new finding with the product version it is on. */
	record NewFinding(FindingView finding, VersionSnapshot version) {

		public String path() {
			return "/products/" + this.version.productId() + "/versions/" + this.version.versionId();
		}

	}

	private String follow(UUID productId, Model model, String error) {
		model.addAttribute("productId", productId);
		model.addAttribute("subscription", this.notifications.subscription(productId).orElse(null));
		model.addAttribute("severities", MinimumSeverity.values());
		model.addAttribute("followError", error);
		return "notification/panels :: follow";
	}

}
