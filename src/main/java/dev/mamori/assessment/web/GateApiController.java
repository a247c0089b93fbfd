package dev.mamori.assessment.web;

import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.assessment.internal.GateService;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The release gate (V4) of a product version: by ids, or by names for CI
 * ({@code mamori gate}).
 */
@RestController
class GateApiController {

	private final GateService gate;

	GateApiController(GateService gate) {
		this.gate = gate;
	}

	@GetMapping("/api/v1/products/{productId}/versions/{versionId}/gate")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	GateJson gate(@PathVariable UUID productId, @PathVariable UUID versionId) {
		return GateJson.of(this.gate.check(new ProductId(productId), new ProductVersionId(versionId)));
	}

	/** The product by id, name or model number; the version by id or version string. */
	@GetMapping("/api/v1/gate")
	@RequiresPermission(Permission.VULNERABILITY_READ)
	GateJson gateByName(@RequestParam String product, @RequestParam String version) {
		return GateJson.of(this.gate.check(product, version));
	}

}
