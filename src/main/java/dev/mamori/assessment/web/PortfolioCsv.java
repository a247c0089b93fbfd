package dev.mamori.assessment.web;

import java.util.List;

import dev.mamori.assessment.internal.PortfolioFinding;

/**
 * The portfolio's findings as CSV (RFC 4180, UTF-8 with a byte-order mark so that
 * spreadsheet software reads Japanese names). Headers are stable names, not translated. A
 * cell a spreadsheet would take for a formula is prefixed with an apostrophe (CSV
 * injection): an npm scope {@code @scope/name} is exported as {@code '@scope/name}.
 */
final class PortfolioCsv {

	static final String HEADER = "product,model_number,version,phase,component,component_version,vulnerability,"
			+ "severity,base_score,kev,epss,state,finding_id";

	private PortfolioCsv() {
	}

	static String of(List<PortfolioFinding> findings) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (PortfolioFinding row : findings) {
			List<Object> cells = List.of(row.version().productName(), nullable(row.version().modelNumber()),
					row.version().version(), row.version().phase().name(), row.finding().componentKey(),
					nullable(row.finding().componentVersion()), row.finding().primaryId(), row.severity(),
					nullable(row.score()), row.finding().kev(), nullable(row.finding().epss()), row.state().label(),
					row.findingId());
			for (int i = 0; i < cells.size(); i++) {
				csv.append((i > 0) ? "," : "").append(cell(String.valueOf(cells.get(i))));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	private static Object nullable(Object value) {
		return (value != null) ? value : "";
	}

	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
