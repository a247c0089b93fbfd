package dev.mamori.sbom.format.swid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.mamori.common.CountingInputStream;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;

/**
 * Reads a zip of SWID tags ({@code .swidtag} or {@code .xml} files) as one SBOM (S2):
 * every tag a component, links between tags resolved by tag id, the authors the tag
 * creators of all tags ({@link SwidDocuments}).
 * <p>
 * Defensive, because an upload may be a zip bomb: the archive is streamed, and every
 * entry, tag or not, is inflated through a counter that stops at the {@link ZipLimits}
 * (entries, total inflated bytes, inflation ratio per entry) with a
 * {@link SbomReadException}. Directories are skipped; other files, nested archives
 * included (not supported), are skipped with a warning; a tag id seen twice keeps its
 * first tag. A damaged or truncated archive is refused rather than read in part
 * ({@link ZipDirectory}). Each tag is read like a single one: a DOCTYPE is refused.
 */
public final class SwidZipReader implements SbomReader {

	private static final int QUOTED_ENTRIES = 3;

	private static final int BUFFER = 8192;

	private final ZipLimits limits;

	public SwidZipReader() {
		this(ZipLimits.DEFAULT);
	}

	SwidZipReader(ZipLimits limits) {
		this.limits = limits;
	}

	@Override
	public SbomDocument read(byte[] content) {
		CountingInputStream compressed = new CountingInputStream(new ByteArrayInputStream(content));
		List<SwidTag> tags = new ArrayList<>();
		Map<String, String> firstEntryByTagId = new HashMap<>();
		List<ReadWarning> warnings = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(compressed)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > this.limits.maxEntries()) {
					throw new SbomReadException("sbom.read.swid.zip.tooManyEntries", entry.getName(),
							this.limits.maxEntries());
				}
				String name = entry.getName();
				boolean tag = !entry.isDirectory() && isTag(name);
				OutputStream sink = tag ? new ByteArrayOutputStream() : OutputStream.nullOutputStream();
				total += inflate(zip, compressed, name, total, sink);
				if (entry.isDirectory()) {
					continue;
				}
				if (!tag) {
					if (isArchive(name)) {
						warnings.add(ReadWarning.of("sbom.read.swid.zip.nestedArchive", name, name));
					}
					else {
						ignored.add(name);
					}
					continue;
				}
				SwidTag parsed = parseTag(((ByteArrayOutputStream) sink).toByteArray(), name);
				String first = firstEntryByTagId.putIfAbsent(parsed.tagId(), name);
				if (first != null) {
					warnings.add(ReadWarning.of("sbom.read.swid.zip.duplicateTag", name, parsed.tagId(), first));
				}
				else {
					tags.add(parsed);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// ZipException and friends; IllegalArgumentException for entry names that are
			// not UTF-8.
			throw new SbomReadException("sbom.read.swid.zip.malformed", null, String.valueOf(ex.getMessage()));
		}
		ZipDirectory.requireComplete(content, entries);
		if (!ignored.isEmpty()) {
			warnings.add(ReadWarning.of("sbom.read.swid.zip.ignoredEntries", null, ignored.size(),
					String.join(", ", ignored.stream().limit(QUOTED_ENTRIES).toList())));
		}
		if (tags.isEmpty()) {
			throw new SbomReadException("sbom.read.swid.zip.noTags", null);
		}
		return SwidDocuments.combine(tags, SbomFormat.SWID_ZIP, warnings);
	}

	/**
	 * Copies one entry to {@code sink}, counting what it inflates to; returns that count.
	 * @throws SbomReadException when the total or the entry's ratio passes its limit
	 */
	private long inflate(ZipInputStream zip, CountingInputStream compressed, String name, long totalBefore,
			OutputStream sink) throws IOException {
		long compressedAtStart = compressed.count();
		long inflated = 0;
		byte[] buffer = new byte[BUFFER];
		int read;
		while ((read = zip.read(buffer)) > 0) {
			inflated += read;
			if (totalBefore + inflated > this.limits.maxTotalBytes()) {
				throw new SbomReadException("sbom.read.swid.zip.tooLarge", name,
						this.limits.maxTotalBytes() / (1024 * 1024));
			}
			long compressedBytes = Math.max(1, compressed.count() - compressedAtStart);
			if (inflated > this.limits.ratioFloorBytes() && inflated > compressedBytes * this.limits.maxRatio()) {
				throw new SbomReadException("sbom.read.swid.zip.ratio", name, name, this.limits.maxRatio());
			}
			sink.write(buffer, 0, read);
		}
		return inflated;
	}

	private static SwidTag parseTag(byte[] content, String entryName) {
		try {
			return SwidTagParser.parse(content, entryName);
		}
		catch (SbomReadException ex) {
			// Say which tag of the archive it is.
			String location = (ex.location() != null) ? entryName + ", " + ex.location() : entryName;
			throw new SbomReadException(ex.messageCode(), location, ex.arguments());
		}
	}

	/**
	 * A tag by its name: {@code .swidtag} or {@code .xml}, but not macOS's {@code ._}
	 * resource forks or anything under {@code __MACOSX/}.
	 */
	private static boolean isTag(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		String fileName = lower.substring(lower.lastIndexOf('/') + 1);
		return (lower.endsWith(".swidtag") || lower.endsWith(".xml")) && !lower.startsWith("__macosx/")
				&& !fileName.startsWith("._");
	}

	private static boolean isArchive(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".gz") || lower.endsWith(".tar")
				|| lower.endsWith(".7z");
	}

}
