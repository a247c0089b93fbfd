package dev.mamori.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.assessment.scoring.CvssScores;
import dev.mamori.assessment.scoring.InvalidCvssVectorException;
import dev.mamori.vulnerability.FindingView;
import dev.mamori.vulnerability.Findings;
import dev.mamori.vulnerability.VulnerabilityFacts;

import org.springframework.stereotype.Component;

/**
 * The CVSS base score a finding is weighed by: the highest a source states, else, when
 * the sources give vectors but no scores (OSV, some CNAs), the highest Mamori computes
 * from those vectors, preferring CVSS v3.x and v4.0 to v2 as the findings' severity does.
 */
@Component
class FindingScores {

	private final Findings findings;

	FindingScores(Findings findings) {
		this.findings = findings;
	}

	/**
	 * @param cache scores computed so far by vulnerability, for a list of findings
	 * @return {@code null} when no source gives a score or a valid vector
	 */
	Double score(FindingView finding, Map<UUID, Double> cache) {
		if (finding.highestScore() != null) {
			return finding.highestScore();
		}
		if (!cache.containsKey(finding.vulnerability())) {
			cache.put(finding.vulnerability(), fromVectors(finding.vulnerability()));
		}
		return cache.get(finding.vulnerability());
	}

	private Double fromVectors(UUID vulnerability) {
		List<VulnerabilityFacts.SourceCvss> vectors = this.findings.vulnerability(vulnerability)
			.map(VulnerabilityFacts::cvss)
			.orElse(List.of());
		Double current = highest(vectors.stream().filter((cvss) -> !"2.0".equals(cvss.version())).toList());
		return (current != null) ? current
				: highest(vectors.stream().filter((cvss) -> "2.0".equals(cvss.version())).toList());
	}

	private static Double highest(List<VulnerabilityFacts.SourceCvss> vectors) {
		Double highest = null;
		for (VulnerabilityFacts.SourceCvss cvss : vectors) {
			Double score = cvss.baseScore();
			if (score == null) {
				try {
					score = CvssScores.score(cvss.vector()).baseScore().doubleValue();
				}
				catch (InvalidCvssVectorException invalid) {
					continue;
				}
			}
			highest = (highest == null) ? score : Math.max(highest, score);
		}
		return highest;
	}

}
