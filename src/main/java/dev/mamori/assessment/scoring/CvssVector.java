package dev.mamori.assessment.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.mamori.assessment.scoring.InvalidCvssVectorException.Reason;

/**
 * A valid CVSS vector: its version and the metrics it defines, in the order of the
 * specification, without those set to "not defined".
 * <p>
 * Parsing is strict about content (known metrics, allowed values, no duplicates, every
 * base metric present; names and values are case-sensitive, as the specifications write
 * them) and lenient about order: the specifications disagree on whether the order is
 * mandatory (CVSS 4.0 contradicts itself), real data carries reordered vectors, and the
 * order changes no score. {@link #toString()} gives the normalized form.
 */
public record CvssVector(CvssVersion version, Map<String, String> metrics) {

	public CvssVector {
		Objects.requireNonNull(version, "version");
		metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
		for (MetricDefinition metric : CvssMetricCatalog.metrics(version)) {
			String value = metrics.get(metric.name());
			if ((value == null) ? metric.mandatory() : !metric.values().contains(value)) {
				throw new IllegalArgumentException("not a valid CVSS " + version.label() + " metric set: " + metrics);
			}
		}
		for (String name : metrics.keySet()) {
			CvssMetricCatalog.metric(version, name)
				.orElseThrow(() -> new IllegalArgumentException("CVSS " + version.label() + " has no metric " + name));
		}
	}

	/**
	 * Parses a vector string.
	 * @throws InvalidCvssVectorException naming the reason and the offending part
	 */
	public static CvssVector parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidCvssVectorException(Reason.EMPTY, "");
		}
		String vector = text.strip();
		CvssVersion version = versionOf(vector);
		String body = vector.substring(version.prefix().length());
		Map<String, String> given = new LinkedHashMap<>();
		for (String part : body.split("/", -1)) {
			int colon = part.indexOf(':');
			if (colon <= 0 || colon == part.length() - 1 || part.indexOf(':', colon + 1) >= 0) {
				throw new InvalidCvssVectorException(Reason.MALFORMED_PART, part);
			}
			String name = part.substring(0, colon);
			String value = part.substring(colon + 1);
			MetricDefinition metric = CvssMetricCatalog.metric(version, name)
				.orElseThrow(() -> new InvalidCvssVectorException(Reason.UNKNOWN_METRIC, part));
			if (given.containsKey(name)) {
				throw new InvalidCvssVectorException(Reason.DUPLICATE_METRIC, part);
			}
			if (!metric.values().contains(value)) {
				throw new InvalidCvssVectorException(Reason.INVALID_VALUE, part);
			}
			given.put(name, value);
		}
		return new CvssVector(version, inSpecificationOrder(version, given));
	}

	private static CvssVersion versionOf(String vector) {
		if (!vector.startsWith("CVSS:")) {
			return CvssVersion.V2_0;
		}
		for (CvssVersion version : CvssVersion.values()) {
			if (!version.prefix().isEmpty() && vector.startsWith(version.prefix())) {
				return version;
			}
		}
		int slash = vector.indexOf('/');
		throw new InvalidCvssVectorException(Reason.UNKNOWN_VERSION, (slash < 0) ? vector : vector.substring(0, slash));
	}

	private static Map<String, String> inSpecificationOrder(CvssVersion version, Map<String, String> given) {
		Map<String, String> ordered = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (MetricDefinition metric : CvssMetricCatalog.metrics(version)) {
			String value = given.get(metric.name());
			if (value == null) {
				if (metric.mandatory()) {
					missing.add(metric.name());
				}
			}
			else if (!value.equals(metric.notDefined())) {
				ordered.put(metric.name(), value);
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidCvssVectorException(Reason.MISSING_BASE_METRIC, String.join(", ", missing));
		}
		return ordered;
	}

	/** The value of a metric, or {@code null} when the vector does not define it. */
	public String get(String metric) {
		return this.metrics.get(metric);
	}

	/** Whether the vector defines any metric of the group. */
	public boolean defines(MetricGroup group) {
		return this.metrics.keySet()
			.stream()
			.anyMatch((name) -> CvssMetricCatalog.metric(this.version, name).orElseThrow().group() == group);
	}

	/** The same vector with only the metrics of the given groups. */
	public CvssVector only(Set<MetricGroup> groups) {
		Map<String, String> kept = new LinkedHashMap<>();
		this.metrics.forEach((name, value) -> {
			if (groups.contains(CvssMetricCatalog.metric(this.version, name).orElseThrow().group())) {
				kept.put(name, value);
			}
		});
		return new CvssVector(this.version, kept);
	}

	/** The normalized vector string: prefix, then the defined metrics in order. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.version.prefix());
		this.metrics.forEach((name, value) -> {
			if (text.length() > this.version.prefix().length()) {
				text.append('/');
			}
			text.append(name).append(':').append(value);
		});
		return text.toString();
	}

}
