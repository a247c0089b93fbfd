package dev.mamori.sbom.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.sbom.format.ExportFormat;
import dev.mamori.sbom.format.SbomFormats;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomMetadata;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the current components of a product version (vendor SBOMs merged in) in the
 * format a recipient asks for (S2, S6). SBOMs are confidential (S7): every export is
 * audited.
 */
@Service
public class SbomExportService {

	private final SbomQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	SbomExportService(SbomQueries queries, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/** An export: its bytes, media type and a file name. */
	public record Export(byte[] content, String mediaType, String filename) {
	}

	@Transactional
	public Export export(ProductId productId, ProductVersionId versionId, ExportFormat format) {
		CombinedSbom combined = this.queries.combined(productId, versionId);
		if (!combined.hasSbom()) {
			throw ValidationFailedException.of(null, "sbom.export.noSbom");
		}
		SbomDocument document = forExport(combined);
		byte[] content = SbomFormats.writerFor(format).write(document);
		String filename = filename(combined.version().modelNumber() + "-" + combined.version().version()) + "."
				+ format.extension();
		this.audit.record(new AuditRecord("sbom.exported", "productVersion", versionId.toString(), "",
				Map.of("format", format.cliName(), "revision", combined.latest().revision(), "components",
						document.components().size())));
		return new Export(content, format.mediaType(), filename);
	}

	/**
	 * The combined document, described as Mamori's export of this product version: its
	 * name, a new serial number, the time of export, the authors of the SBOM it came from
	 * and Mamori as a tool.
	 */
	private SbomDocument forExport(CombinedSbom combined) {
		SbomDocument document = combined.document();
		List<String> tools = new ArrayList<>(document.metadata().tools());
		if (!tools.contains("Mamori")) {
			tools.add("Mamori");
		}
		SbomMetadata metadata = new SbomMetadata(combined.version().productName() + " " + combined.version().version(),
				"urn:uuid:" + UUID.randomUUID(), this.clock.instant(), document.metadata().authors(), tools,
				document.metadata().supplier(), document.metadata().subjectRef());
		return new SbomDocument(document.format(), document.specVersion(), metadata, document.components(),
				document.relationships(), List.of());
	}

	static String filename(String text) {
		String safe = text.replaceAll("[^A-Za-z0-9._-]+", "_");
		return safe.isEmpty() ? "sbom" : safe;
	}

}
