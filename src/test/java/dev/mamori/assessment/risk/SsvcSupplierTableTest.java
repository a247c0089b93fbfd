package dev.mamori.assessment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mamori.assessment.risk.SsvcSupplierDecision.Exploitation;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Priority;
import dev.mamori.assessment.risk.SsvcSupplierDecision.PublicSafetyImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.TechnicalImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Utility;
import dev.mamori.assessment.rules.AssessmentRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Mamori's SSVC supplier table against CERT/CC's published decision table
 * ({@code supplier_patch_development_priority_1_0_0.csv}), row by row (V3).
 */
class SsvcSupplierTableTest {

	static final Path CERT_CC_TABLE = Path.of("../shared/data/ssvc/supplier_patch_development_priority_1_0_0.csv");

	static final SsvcSupplierTable TABLE = AssessmentRules.ssvcSupplier();

	@TestFactory
	Stream<DynamicTest> everyRowDecidesAsCertCcPublishedIt() throws IOException {
		assumeTrue(Files.isRegularFile(CERT_CC_TABLE),
				() -> "CERT/CC's SSVC table absent at " + CERT_CC_TABLE.toAbsolutePath() + ": not compared");
		List<String> rows = Files.readAllLines(CERT_CC_TABLE).stream().skip(1).filter((row) -> !row.isBlank()).toList();
		assertThat(rows).hasSize(36);
		return rows.stream().map((row) -> DynamicTest.dynamicTest(row, () -> {
			String[] cells = row.split(",");
			SsvcSupplierTable.SsvcOutcome outcome = TABLE.decide(
					SsvcSupplierDecision.parse(Exploitation.class, cells[1]),
					SsvcSupplierDecision.parse(Utility.class, cells[2]),
					SsvcSupplierDecision.parse(TechnicalImpact.class, cells[3]),
					SsvcSupplierDecision.parse(PublicSafetyImpact.class, cells[4]));
			assertThat(outcome.priority()).isEqualTo(SsvcSupplierDecision.parse(Priority.class, cells[5]));
			assertThat(outcome.ruleSet()).isEqualTo(new RuleSetId("ssvc-supplier-patch-development-priority", "1.0.0"));
		}));
	}

	@Test
	void actsImmediatelyOnActiveSuperEffectiveExploitationWhateverTheImpact() {
		assertThat(TABLE
			.decide(Exploitation.ACTIVE, Utility.SUPER_EFFECTIVE, TechnicalImpact.PARTIAL, PublicSafetyImpact.MINIMAL)
			.priority()).isEqualTo(Priority.IMMEDIATE);
		assertThat(
				TABLE.decide(Exploitation.NONE, Utility.LABORIOUS, TechnicalImpact.PARTIAL, PublicSafetyImpact.MINIMAL)
					.priority())
			.isEqualTo(Priority.DEFER);
	}

	@Test
	void writesCertCcLabels() {
		assertThat(SsvcSupplierDecision.label(Exploitation.PUBLIC_POC)).isEqualTo("public-poc");
		assertThat(SsvcSupplierDecision.parse(Utility.class, "super effective")).isEqualTo(Utility.SUPER_EFFECTIVE);
		assertThat(SsvcSupplierDecision.label(Priority.OUT_OF_CYCLE)).isEqualTo("out-of-cycle");
	}

}
