/**
 * The product life-cycle registry (P1–P7): products (connectable devices, SaMD,
 * accessories) and their versions, ordered semantically; each version's milestones
 * (commercial release, EOL, EOS) and the life-cycle phase they give for any date, derived
 * and never stored; the compensating controls its specified use environment requires
 * (Table 3); its legacy-device assessment (P5); and what the manufacturer owes hospitals
 * at each milestone (P4, Table 2), with due dates.
 * <p>
 * The rules are plain Java in {@code dev.mamori.product.lifecycle}; the catalogs of
 * obligations and compensating controls are versioned data under {@code rules/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product life cycle",
		allowedDependencies = { "common", "access", "audit", "web", "database" })
package dev.mamori.product;
