package dev.mamori.assessment.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.assessment.risk.ExploitationRule;
import dev.mamori.assessment.risk.ExploitationRules;
import dev.mamori.assessment.risk.FdaRiskClass;
import dev.mamori.assessment.risk.Level;
import dev.mamori.assessment.risk.RiskAcceptability;
import dev.mamori.assessment.risk.RiskLevel;
import dev.mamori.assessment.risk.RiskMatrix;
import dev.mamori.assessment.risk.RuleSetId;
import dev.mamori.assessment.risk.SsvcSupplierDecision;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Exploitation;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Priority;
import dev.mamori.assessment.risk.SsvcSupplierDecision.PublicSafetyImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.TechnicalImpact;
import dev.mamori.assessment.risk.SsvcSupplierDecision.Utility;
import dev.mamori.assessment.risk.SsvcSupplierTable;
import dev.mamori.assessment.rubric.RubricDefinition;

/**
 * The assessment rule sets in the jar, each read and validated once, on first use. The
 * readers also take any stream, so that an edited file can be checked before it ships.
 */
public final class AssessmentRules {

	static final String RUBRIC = "rules/medical-rubric-2019-draft1.json";

	static final String RISK_MATRIX = "rules/clinical-risk-matrix.json";

	static final String EXPLOITATION = "rules/exploitation-probability.json";

	static final String SSVC_SUPPLIER = "rules/ssvc-supplier-patch-development-priority.json";

	private static final ObjectMapper JSON = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

	private AssessmentRules() {
	}

	public static RubricDefinition rubric() {
		return BundledRubric.RUBRIC;
	}

	public static RiskMatrix riskMatrix() {
		return Bundled.RISK_MATRIX;
	}

	public static ExploitationRules exploitation() {
		return Bundled.EXPLOITATION;
	}

	public static SsvcSupplierTable ssvcSupplier() {
		return BundledSsvc.SSVC_SUPPLIER;
	}

	public static RubricDefinition readRubric(InputStream in, String name) {
		return read(in, name, RubricDefinition.class, Function.identity());
	}

	public static RiskMatrix readRiskMatrix(InputStream in, String name) {
		return read(in, name, MatrixFile.class, MatrixFile::toMatrix);
	}

	public static ExploitationRules readExploitation(InputStream in, String name) {
		return read(in, name, ExploitationFile.class, ExploitationFile::toRules);
	}

	public static SsvcSupplierTable readSsvcSupplier(InputStream in, String name) {
		return read(in, name, SsvcFile.class, SsvcFile::toTable);
	}

	private static <F, R> R read(InputStream in, String name, Class<F> type, Function<F, R> convert) {
		try (in) {
			return convert.apply(JSON.readValue(in, type));
		}
		catch (IOException ex) {
			Throwable cause = (ex.getCause() instanceof IllegalArgumentException) ? ex.getCause() : ex;
			throw new IllegalStateException("Invalid rule set " + name + ": " + cause.getMessage(), ex);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("Invalid rule set " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static InputStream bundled(String path) {
		InputStream in = AssessmentRules.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new UncheckedIOException(new IOException("rule set " + path + " is missing from the jar"));
		}
		return in;
	}

	/** Loaded on first use, once (the holder idiom), each apart from the others. */
	private static final class BundledRubric {

		static final RubricDefinition RUBRIC = readRubric(bundled(AssessmentRules.RUBRIC), AssessmentRules.RUBRIC);

	}

	private static final class BundledSsvc {

		static final SsvcSupplierTable SSVC_SUPPLIER = readSsvcSupplier(bundled(AssessmentRules.SSVC_SUPPLIER),
				AssessmentRules.SSVC_SUPPLIER);

	}

	/** The exploitation rule names the matrix's probabilities, so they load together. */
	private static final class Bundled {

		static final RiskMatrix RISK_MATRIX = readRiskMatrix(bundled(AssessmentRules.RISK_MATRIX),
				AssessmentRules.RISK_MATRIX);

		static final ExploitationRules EXPLOITATION = checked(
				readExploitation(bundled(AssessmentRules.EXPLOITATION), AssessmentRules.EXPLOITATION));

		private static ExploitationRules checked(ExploitationRules rules) {
			try {
				rules.checkAgainst(RISK_MATRIX);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"Invalid rule set " + AssessmentRules.EXPLOITATION + ": " + ex.getMessage(), ex);
			}
			return rules;
		}

	}

	record MatrixFile(String id, String version, String source, List<Level> severities, List<Level> probabilities,
			List<LevelEntry> levels, Map<String, Map<String, String>> cells) {

		RiskMatrix toMatrix() {
			return new RiskMatrix(new RuleSetId(this.id, this.version), this.source, this.severities,
					this.probabilities, this.levels.stream().map(LevelEntry::toLevel).toList(), this.cells);
		}

		record LevelEntry(String id, String ja, String en, RiskAcceptability acceptability, FdaRiskClass fda) {

			RiskLevel toLevel() {
				return new RiskLevel(this.id, this.ja, this.en, this.acceptability, this.fda);
			}

		}

	}

	record ExploitationFile(String id, String version, String source, List<Line> rules) {

		ExploitationRules toRules() {
			return new ExploitationRules(new RuleSetId(this.id, this.version), this.source,
					this.rules.stream().map(Line::toRule).toList());
		}

		record Line(Boolean knownExploited, BigDecimal epssAtLeast, BigDecimal scoreAtLeast, String probability,
				String reason) {

			ExploitationRule toRule() {
				return new ExploitationRule(this.knownExploited, this.epssAtLeast, this.scoreAtLeast, this.probability,
						this.reason);
			}

		}

	}

	record SsvcFile(String id, String version, String source, List<Line> rows) {

		SsvcSupplierTable toTable() {
			return new SsvcSupplierTable(new RuleSetId(this.id, this.version), this.source,
					this.rows.stream().map(Line::toRow).toList());
		}

		record Line(String exploitation, String utility, String technicalImpact, String publicSafetyImpact,
				String priority) {

			SsvcSupplierTable.Row toRow() {
				return new SsvcSupplierTable.Row(SsvcSupplierDecision.parse(Exploitation.class, this.exploitation),
						SsvcSupplierDecision.parse(Utility.class, this.utility),
						SsvcSupplierDecision.parse(TechnicalImpact.class, this.technicalImpact),
						SsvcSupplierDecision.parse(PublicSafetyImpact.class, this.publicSafetyImpact),
						SsvcSupplierDecision.parse(Priority.class, this.priority));
			}

		}

	}

}
