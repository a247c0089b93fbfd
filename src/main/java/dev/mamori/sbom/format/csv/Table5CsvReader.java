package dev.mamori.sbom.format.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mamori.common.DocumentHead;
import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.Relationship;
import dev.mamori.sbom.model.RelationshipType;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;

/**
 * Reads the table of Table 5 of the MHLW guide (S2), as {@link Table5CsvWriter} writes it
 * or as a person fills it in: the English header or the guide's Japanese one, UTF-8 with
 * or without a byte order mark (a file Excel saved as Shift_JIS is read as such, with a
 * warning). A row's id is its component's ref; the unique identifier is a purl when it
 * starts with {@code pkg:}, a CPE when it starts with {@code cpe:}, else a SWID tag id.
 * Relationships are rebuilt from the relationship column, the document's authors from all
 * rows' authors and its timestamp from the first row that has one.
 * <p>
 * Errors that make the table unreadable (header, columns, ids, quotes) refuse it with the
 * line; cells Mamori cannot understand (a hash, a relationship, a date) are skipped with
 * a warning that gives the line.
 */
public final class Table5CsvReader implements SbomReader {

	private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private static final int QUOTED_IDS = 3;

	@Override
	public SbomDocument read(byte[] content) {
		List<ReadWarning> warnings = new ArrayList<>();
		List<Csv.Row> rows = Csv.parse(decode(content, warnings));
		if (rows.isEmpty() || !Table5.isHeader(withoutTrailingBlanks(rows.get(0).fields()))) {
			throw new SbomReadException("sbom.read.csv.header", "line 1", SbomFormats.CSV_HEADER);
		}
		return new Reading(warnings).read(rows.subList(1, rows.size()));
	}

	/**
	 * Whether the content starts with Table 5's header, in English or Japanese, encoded
	 * in UTF-8 (with or without byte order mark) or Shift_JIS: how format detection
	 * recognizes a table.
	 */
	public static boolean startsWithHeader(byte[] content) {
		String text = decode(content, new ArrayList<>());
		int end = text.indexOf('\n');
		List<Csv.Row> rows = Csv.parse(end < 0 ? text : text.substring(0, end));
		return !rows.isEmpty() && Table5.isHeader(withoutTrailingBlanks(rows.get(0).fields()));
	}

	/**
	 * The fields without empty ones past the last column, which spreadsheets add when a
	 * cell further right was ever used.
	 */
	private static List<String> withoutTrailingBlanks(List<String> fields) {
		int size = fields.size();
		while (size > Table5.HEADER.size() && fields.get(size - 1).isBlank()) {
			size--;
		}
		return fields.subList(0, size);
	}

	private static String decode(byte[] content, List<ReadWarning> warnings) {
		int start = DocumentHead.hasUtf8ByteOrderMark(content) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			warnings.add(ReadWarning.of("sbom.read.csv.shiftJis", null));
			return new String(content, start, content.length - start, SHIFT_JIS);
		}
	}

	/** The state of reading one table. */
	private static final class Reading {

		private final List<ReadWarning> warnings;

		private final Map<String, SbomComponent> components = new LinkedHashMap<>();

		private final Map<String, Integer> lineById = new LinkedHashMap<>();

		private final List<PendingRelation> pending = new ArrayList<>();

		private final Set<String> authors = new LinkedHashSet<>();

		private String subjectRef;

		private Instant timestamp;

		private int timestampLine;

		private boolean timestampsDiffer;

		Reading(List<ReadWarning> warnings) {
			this.warnings = warnings;
		}

		SbomDocument read(List<Csv.Row> rows) {
			for (Csv.Row row : rows) {
				if (!row.isBlank()) {
					row(row);
				}
			}
			if (this.components.isEmpty()) {
				throw new SbomReadException("sbom.read.csv.noRows", null);
			}
			Set<Relationship> relationships = new LinkedHashSet<>();
			Set<String> dangling = new LinkedHashSet<>();
			for (PendingRelation relation : this.pending) {
				if (!this.components.containsKey(relation.from()) || !this.components.containsKey(relation.to())) {
					dangling.add(this.components.containsKey(relation.from()) ? relation.to() : relation.from());
					continue;
				}
				relationships
					.add(new Relationship(relation.from(), relation.to(), relation.type(), relation.declared()));
			}
			if (!dangling.isEmpty()) {
				this.warnings.add(ReadWarning.of("sbom.read.csv.danglingRefs", null, dangling.size(),
						String.join(", ", dangling.stream().limit(QUOTED_IDS).toList())));
			}
			SbomComponent subject = (this.subjectRef != null) ? this.components.get(this.subjectRef) : null;
			SbomMetadata metadata = new SbomMetadata((subject != null) ? subject.name() : null, null, this.timestamp,
					List.copyOf(this.authors), List.of(), (subject != null) ? subject.supplier() : null,
					this.subjectRef);
			return new SbomDocument(SbomFormat.CSV, null, metadata, List.copyOf(this.components.values()),
					List.copyOf(relationships), this.warnings);
		}

		private void row(Csv.Row row) {
			List<String> fields = withoutTrailingBlanks(row.fields());
			if (fields.size() != Table5.HEADER.size()) {
				throw new SbomReadException("sbom.read.csv.columns", "line " + row.line(), row.line(), fields.size(),
						Table5.HEADER.size());
			}
			List<String> cells = fields.stream().map(Csv::unescape).map(String::strip).toList();
			String id = id(cells.get(Table5.ID));
			if (id == null) {
				throw new SbomReadException("sbom.read.csv.id", "line " + row.line(), row.line(), cells.get(Table5.ID));
			}
			Integer earlier = this.lineById.putIfAbsent(id, row.line());
			if (earlier != null) {
				throw new SbomReadException("sbom.read.csv.duplicateId", "line " + row.line(), row.line(), id, earlier);
			}
			String identifier = blankToNull(cells.get(Table5.UNIQUE_IDENTIFIER));
			String lower = (identifier != null) ? identifier.toLowerCase(Locale.ROOT) : "";
			String purl = lower.startsWith("pkg:") ? identifier : null;
			List<String> cpes = lower.startsWith("cpe:") ? List.of(identifier) : List.of();
			String swidTagId = (identifier != null && purl == null && cpes.isEmpty()) ? identifier : null;
			this.components.put(id,
					new SbomComponent(id, null, blankToNull(cells.get(Table5.SUPPLIER)),
							blankToNull(cells.get(Table5.COMPONENT)), blankToNull(cells.get(Table5.VERSION)), purl,
							cpes, swidTagId, hashes(cells.get(Table5.HASH), row.line()), List.of(), null,
							SupportInfo.NONE, Map.of()));
			relationships(id, cells.get(Table5.RELATIONSHIP), row.line());
			for (String author : cells.get(Table5.AUTHOR).split(Table5.SEPARATOR)) {
				if (!author.isBlank()) {
					this.authors.add(author.strip());
				}
			}
			timestamp(cells.get(Table5.TIMESTAMP), row.line());
		}

		private List<ComponentHash> hashes(String cell, int line) {
			List<ComponentHash> hashes = new ArrayList<>();
			for (String token : cell.split(Table5.SEPARATOR)) {
				String hash = token.strip();
				if (hash.isEmpty()) {
					continue;
				}
				int colon = hash.indexOf(':');
				String value = (colon > 0) ? hash.substring(colon + 1).strip() : "";
				if (colon <= 0 || !value.matches("[0-9A-Fa-f]+")) {
					this.warnings.add(ReadWarning.of("sbom.read.csv.hash", "line " + line, line, hash));
					continue;
				}
				hashes.add(new ComponentHash(HashAlgorithms.canonical(hash.substring(0, colon)), value));
			}
			return hashes;
		}

		private void relationships(String id, String cell, int line) {
			for (String token : cell.split(Table5.SEPARATOR)) {
				String relation = token.strip().replaceAll("\\s+", " ");
				String lower = relation.toLowerCase(Locale.ROOT);
				if (relation.isEmpty()) {
					continue;
				}
				if (lower.equals(Table5.PRIMARY)) {
					primary(id, line);
				}
				else if (lower.startsWith(Table5.CONTAINED_IN)) {
					relate(id, relation.substring(Table5.CONTAINED_IN.length()), true, RelationshipType.CONTAINS,
							relation, line);
				}
				else if (lower.startsWith(Table5.DEPENDS_ON)) {
					relate(id, relation.substring(Table5.DEPENDS_ON.length()), false, RelationshipType.DEPENDS_ON,
							relation, line);
				}
				else if (lower.startsWith(Table5.RELATED_TO)) {
					relate(id, relation.substring(Table5.RELATED_TO.length()), false, RelationshipType.OTHER, relation,
							line);
				}
				else {
					this.warnings.add(ReadWarning.of("sbom.read.csv.relationship", "line " + line, line, relation));
				}
			}
		}

		private void primary(String id, int line) {
			if (this.subjectRef == null) {
				this.subjectRef = id;
			}
			else {
				this.warnings.add(ReadWarning.of("sbom.read.csv.primary", "line " + line, line, this.subjectRef));
			}
		}

		/**
		 * A relationship between this row and the row {@code otherId} names: its
		 * container when {@code otherContains}, else its target.
		 */
		private void relate(String id, String otherId, boolean otherContains, RelationshipType type, String declared,
				int line) {
			String other = id(otherId);
			if (other == null) {
				this.warnings.add(ReadWarning.of("sbom.read.csv.relationship", "line " + line, line, declared));
				return;
			}
			this.pending.add(otherContains ? new PendingRelation(other, id, type, declared)
					: new PendingRelation(id, other, type, declared));
		}

		private void timestamp(String cell, int line) {
			if (cell.isBlank()) {
				return;
			}
			Instant parsed = Timestamps.parse(cell);
			if (parsed == null) {
				this.warnings.add(ReadWarning.of("sbom.read.csv.timestamp", "line " + line, line, cell));
			}
			else if (this.timestamp == null) {
				this.timestamp = parsed;
				this.timestampLine = line;
			}
			else if (!this.timestamp.equals(parsed) && !this.timestampsDiffer) {
				this.timestampsDiffer = true;
				this.warnings.add(ReadWarning.of("sbom.read.csv.timestampsDiffer", "line " + line, line,
						this.timestampLine, this.timestamp.toString()));
			}
		}

		/**
		 * A row id as a ref: a positive whole number without leading zeros, else
		 * {@code null}.
		 */
		private static String id(String text) {
			String digits = text.strip();
			if (!digits.matches("[0-9]{1,9}")) {
				return null;
			}
			int id = Integer.parseInt(digits);
			return (id > 0) ? String.valueOf(id) : null;
		}

		private static String blankToNull(String value) {
			return value.isBlank() ? null : value;
		}

	}

	/** A relationship read from a cell, resolved once every row is known. */
	private record PendingRelation(String from, String to, RelationshipType type, String declared) {
	}

}
