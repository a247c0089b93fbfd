package dev.mamori.sbom.format.csv;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;

/**
 * Writes an SBOM as the table of Table 5 of the MHLW guide (S2, S6): the header
 * {@link dev.mamori.sbom.format.SbomFormats#CSV_HEADER}, then one row per component with
 * a running id, 1 being the subject when there is one. Per row: the unique identifier
 * (purl, else the first CPE, else the SWID tag id), the hashes as {@code SHA-256:hex}
 * separated by {@code ;}, the relationship to other rows ({@link Table5}), and the
 * document's authors (separated by {@code ;}) and ISO-8601 timestamp, which Table 5 gives
 * per row. A document without a timestamp is dated by the clock.
 * <p>
 * UTF-8 with a byte order mark, CRLF line breaks: Excel, which many hospitals and
 * manufacturers in Japan open CSV files with, reads UTF-8 without the mark as Shift_JIS
 * and garbles Japanese names; with it, the file opens correctly and stays UTF-8 for every
 * other tool. Cells that would run as formulas are escaped ({@link Csv}).
 */
public final class Table5CsvWriter implements SbomWriter {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private final Clock clock;

	public Table5CsvWriter() {
		this(Clock.systemUTC());
	}

	public Table5CsvWriter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public byte[] write(SbomDocument document) {
		Map<String, Integer> ids = ids(document);
		Map<String, List<String>> relationships = relationships(document, ids);
		String authors = String.join(Table5.SEPARATOR, document.metadata().authors());
		Instant timestamp = (document.metadata().timestamp() != null) ? document.metadata().timestamp()
				: this.clock.instant();
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(Csv.line(Table5.HEADER));
		Map<String, SbomComponent> byRef = new HashMap<>();
		document.components().forEach((component) -> byRef.put(component.ref(), component));
		ids.forEach((ref, id) -> {
			SbomComponent component = byRef.get(ref);
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(id));
			row.add(component.supplier());
			row.add(component.name());
			row.add(component.version());
			row.add(component.uniqueIdentifier());
			row.add(component.hashes()
				.stream()
				.map(ComponentHash::toString)
				.collect(Collectors.joining(Table5.SEPARATOR)));
			row.add(String.join(Table5.SEPARATOR, relationships.getOrDefault(ref, List.of())));
			row.add(authors);
			row.add(timestamp.toString());
			csv.append(Csv.line(row));
		});
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Row ids by ref: the subject first, then the others in document order. */
	private static Map<String, Integer> ids(SbomDocument document) {
		Map<String, Integer> ids = new LinkedHashMap<>();
		document.subject().ifPresent((subject) -> ids.put(subject.ref(), 1));
		for (SbomComponent component : document.components()) {
			ids.putIfAbsent(component.ref(), ids.size() + 1);
		}
		return ids;
	}

	/**
	 * Each row's relationship cell: {@code primary} for the subject, then the rows it is
	 * contained in, depends on and is otherwise related to.
	 */
	private static Map<String, List<String>> relationships(SbomDocument document, Map<String, Integer> ids) {
		Map<String, Set<String>> cells = new HashMap<>();
		document.subject()
			.ifPresent((subject) -> cells.computeIfAbsent(subject.ref(), (key) -> new LinkedHashSet<>())
				.add(Table5.PRIMARY));
		for (Relationship relationship : document.relationships()) {
			Integer from = ids.get(relationship.from());
			Integer to = ids.get(relationship.to());
			if (from == null || to == null || from.equals(to)) {
				continue;
			}
			if (relationship.type() == RelationshipType.CONTAINS) {
				add(cells, relationship.to(), Table5.CONTAINED_IN + from);
			}
			else if (relationship.type() == RelationshipType.DEPENDS_ON) {
				add(cells, relationship.from(), Table5.DEPENDS_ON + to);
			}
			else {
				add(cells, relationship.from(), Table5.RELATED_TO + to);
			}
		}
		Map<String, List<String>> result = new HashMap<>();
		cells.forEach((ref, cell) -> result.put(ref, List.copyOf(cell)));
		return result;
	}

	private static void add(Map<String, Set<String>> cells, String ref, String relation) {
		cells.computeIfAbsent(ref, (key) -> new LinkedHashSet<>()).add(relation);
	}

}
